
            (function(global){
                var StudyGroupXBlockI18N = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n != 1);
    if (typeof v === 'boolean') {
      return v ? 1 : 0;
    } else {
      return v;
    }
  };
  

  /* gettext library */

  django.catalog = django.catalog || {};
  
  const newcatalog = {
    "%(count)s colleague found this useful": [
      "\u00datil para %(count)s compa\u00f1ero",
      "\u00datil para %(count)s compa\u00f1eros"
    ],
    "%(count)s colleague is behind: the progress board shows who.": [
      "%(count)s persona del grupo lleva retraso: en la tabla de avance se ve qui\u00e9n.",
      "%(count)s compa\u00f1eros llevan retraso: en la tabla de avance se ve qui\u00e9nes."
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s de %(limit)s miembro",
      "%(count)s de %(limit)s miembros"
    ],
    "%(done)s of %(total)s first steps done.": "Primeros pasos hechos: %(done)s de %(total)s.",
    "%(name)s is now a member of the group.": "%(name)s ya es miembro del grupo.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 idioma de trabajo: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "%(school)s ha rechazado tu solicitud para unirte al grupo.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s de %(place)s ya tiene un grupo de estudio (%(members)s). Pide su c\u00f3digo de invitaci\u00f3n a un compa\u00f1ero del grupo.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s de %(place)s ya tiene un grupo de estudio (%(members)s). \u00bfTe unes a \u00e9l?",
    "%(sel)s of %(cnt)s selected": [
      "%(sel)s de %(cnt)s seleccionado",
      "%(sel)s de  %(cnt)s seleccionados"
    ],
    "%(total)s adaptation from other schools": [
      "%(total)s adaptaci\u00f3n de otros centros",
      "%(total)s adaptaciones de otros centros"
    ],
    "%(total)s group found": [
      "%(total)s grupo encontrado",
      "%(total)s grupos encontrados"
    ],
    "%s selected option not visible": [
      "%s opci\u00f3n seleccionada no visible",
      "%s opciones seleccionadas no visibles"
    ],
    "(click to clear)": "(click para limpiar)",
    "6 a.m.": "6 a.m.",
    "6 p.m.": "6 p.m.",
    "A short message to the coordinators of %(school)s (optional)": "Un mensaje breve para los coordinadores de %(school)s (opcional)",
    "Adaptation pages": "P\u00e1ginas de adaptaciones",
    "Add to my calendar (.ics)": "A\u00f1adir a mi calendario (.ics)",
    "April": "Abril",
    "August": "Agosto",
    "Available %s": "%s Disponibles",
    "Cancel": "Cancelar",
    "Change the group's pace": "Cambiar el ritmo del grupo",
    "Changes saved.": "Cambios guardados.",
    "Choose %s by selecting them and then select the \"Choose\" arrow button.": "Elija %s seleccion\u00e1ndolos y luego use el bot\u00f3n \"Elegir\".",
    "Choose a Date": "Elija una Fecha",
    "Choose a Time": "Elija una Hora",
    "Choose a time": "Elija una hora",
    "Choose all %s": "Seleccionar todos %s",
    "Choose selected %s": "Elegir %s seleccionados",
    "Chosen %s": "%s elegidos",
    "Colleagues asking to join": "Compa\u00f1eros que solicitan unirse",
    "Copying failed: select the code and copy it yourself.": "No se ha podido copiar: selecciona el c\u00f3digo y c\u00f3pialo a mano.",
    "Could not reach the server. Check your connection and try again.": "No se ha podido conectar con el servidor. Comprueba tu conexi\u00f3n e int\u00e9ntalo de nuevo.",
    "Course team view: %(count)s study group in this course.": [
      "Vista del equipo del curso: %(count)s grupo de estudio en este curso.",
      "Vista del equipo del curso: %(count)s grupos de estudio en este curso."
    ],
    "December": "Diciembre",
    "Delete the meeting of %(when)s": "Eliminar la reuni\u00f3n del %(when)s",
    "Delete this meeting and its minutes?": "\u00bfEliminar esta reuni\u00f3n y su acta?",
    "Duration in minutes": "Duraci\u00f3n en minutos",
    "Edit the meeting of %(when)s": "Editar la reuni\u00f3n del %(when)s",
    "Edit the minutes": "Editar el acta",
    "Edit the planned meeting": "Editar la reuni\u00f3n programada",
    "Edit your adaptation": "Editar tu adaptaci\u00f3n",
    "Edited on %(date)s.": "Editada el %(date)s.",
    "Every unit in the group's pace is due by now.": "Ya ha pasado la fecha l\u00edmite de todas las unidades del ritmo del grupo.",
    "Everyone has answered.": "Ya ha respondido todo el mundo.",
    "February": "Febrero",
    "Filter": "Filtro",
    "Friday": "Viernes",
    "Getting started as coordinator": "Primeros pasos en la coordinaci\u00f3n",
    "Hidden by the course team: %(reason)s": "Ocultada por el equipo del curso: %(reason)s",
    "Hold the meeting at school and log it": "Celebrar la reuni\u00f3n en el centro y registrarla",
    "I've worked through this unit": "He trabajado esta unidad",
    "Invite at least two colleagues with the join code": "Invitar al menos a dos compa\u00f1eros con el c\u00f3digo de invitaci\u00f3n",
    "January": "Enero",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "\u00danete a nuestro grupo de estudio \u00ab%(school)s\u00bb en este curso: abre cualquier unidad con Grupo de estudio, elige \u00abUnirse con un c\u00f3digo\u00bb e introduce %(code)s.",
    "July": "Julio",
    "June": "Junio",
    "Last edited by %(name)s on %(when)s.": "\u00daltima edici\u00f3n: %(name)s, el %(when)s.",
    "Leave this study group? Your meetings and adaptations stay with the group.": "\u00bfSalir de este grupo de estudio? Tus reuniones y adaptaciones se quedan en el grupo.",
    "Log a meeting held at school": "Registrar una reuni\u00f3n celebrada en el centro",
    "Logged by %(name)s.": "Registrada por %(name)s.",
    "Make %(name)s the coordinator? You will become a member.": "\u00bfCeder la coordinaci\u00f3n a %(name)s? Pasar\u00e1s a ser miembro.",
    "Make a new join code? The old code will stop working.": "\u00bfCrear un c\u00f3digo de invitaci\u00f3n nuevo? El anterior dejar\u00e1 de funcionar.",
    "March": "Marzo",
    "Mark a unit as worked through": "Marcar una unidad como trabajada",
    "Marked as useful.": "Marcada como \u00fatil.",
    "Marked as worked through. Well done!": "Marcada como trabajada. \u00a1Bien hecho!",
    "May": "Mayo",
    "Meeting held on %(when)s": "Reuni\u00f3n celebrada el %(when)s",
    "Meeting planned for %(when)s": "Reuni\u00f3n programada para el %(when)s",
    "Midnight": "Medianoche",
    "Monday": "Lunes",
    "More than %(total)s adaptations from other schools": "M\u00e1s de %(total)s adaptaciones de otros centros",
    "More than %(total)s groups found": "M\u00e1s de %(total)s grupos encontrados",
    "Newer meetings": "Reuniones m\u00e1s recientes",
    "Next meeting": "Pr\u00f3xima reuni\u00f3n",
    "Next page": "P\u00e1gina siguiente",
    "No group matches yet. If your school has none, start one below.": "Todav\u00eda no hay ning\u00fan grupo que coincida. Si tu centro no tiene ninguno, crea uno m\u00e1s abajo.",
    "No longer marked as useful.": "Ya no est\u00e1 marcada como \u00fatil.",
    "No longer marked as worked through.": "Ya no est\u00e1 marcada como trabajada.",
    "No meeting is planned yet.": "Todav\u00eda no hay ninguna reuni\u00f3n programada.",
    "No meetings logged yet.": "Todav\u00eda no hay reuniones registradas.",
    "Nobody was in the group on that day: check the date.": "Ese d\u00eda no hab\u00eda nadie en el grupo: comprueba la fecha.",
    "Noon": "Mediod\u00eda",
    "Not answered yet: %(names)s": "Sin responder todav\u00eda: %(names)s",
    "Note: You are %s hour ahead of server time.": [
      "Nota: Usted esta a %s horas por delante de la hora del servidor.",
      "Nota: Usted va %s horas por delante de la hora del servidor."
    ],
    "Note: You are %s hour behind server time.": [
      "Nota: Usted esta a %s hora de retraso de tiempo de servidor.",
      "Nota: Usted va %s horas por detr\u00e1s de la hora del servidor."
    ],
    "November": "Noviembre",
    "Now": "Ahora",
    "October": "Octubre",
    "Older meetings": "Reuniones anteriores",
    "Page %(page)s of %(pages)s": "P\u00e1gina %(page)s de %(pages)s",
    "Pages of the group's meetings": "P\u00e1ginas de las reuniones del grupo",
    "Plan a meeting": "Programar una reuni\u00f3n",
    "Plan the first meeting": "Programar la primera reuni\u00f3n",
    "Please answer by %(day)s.": "Tienes hasta el %(day)s para responder.",
    "Previous page": "P\u00e1gina anterior",
    "Print the group's evidence report": "Imprimir el informe de evidencias del grupo",
    "Proposed by %(name)s.": "Propuestas por %(name)s.",
    "Proposed by you.": "Propuestas por ti.",
    "Reason, shown to the author": "Motivo (lo ver\u00e1 quien la comparti\u00f3)",
    "Remove %(name)s from the group? Their meetings and adaptations stay with the group.": "\u00bfQuitar a %(name)s del grupo? Sus reuniones y adaptaciones se quedan en el grupo.",
    "Remove %s by selecting them and then select the \"Remove\" arrow button.": "Eliminar %s seleccion\u00e1ndolos y luego use el bot\u00f3n \"Eliminar\".",
    "Remove all %s": "Eliminar todos %s",
    "Remove selected %s": "Eliminar %s seleccionados",
    "Remove the group's pace? Each unit's date will be lost.": "\u00bfQuitar el ritmo del grupo? Se perder\u00e1n las fechas de todas las unidades.",
    "Remove this task": "Quitar esta tarea",
    "Saturday": "S\u00e1bado",
    "Search result pages": "P\u00e1ginas de resultados",
    "September": "Septiembre",
    "Set the group's pace": "Fijar el ritmo del grupo",
    "Share how your group adapted a unit": "Compartir c\u00f3mo ha adaptado tu grupo una unidad",
    "Share how your group adapted this unit": "Compartir c\u00f3mo ha adaptado tu grupo esta unidad",
    "Shared by %(name)s.": "Compartida por %(name)s.",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Algo ha fallado. Int\u00e9ntalo de nuevo y, si vuelve a pasar, recarga la p\u00e1gina.",
    "Start time": "Hora de inicio",
    "Suits the most colleagues so far": "Por ahora, la que va bien a m\u00e1s compa\u00f1eros",
    "Sunday": "Domingo",
    "Tasks still open from the last meeting:": "Tareas pendientes de la \u00faltima reuni\u00f3n:",
    "Thank you for sharing.": "Gracias por compartir.",
    "Thank you: your attendance is confirmed.": "Gracias: tu asistencia est\u00e1 confirmada.",
    "The adaptation is hidden from learners.": "La adaptaci\u00f3n est\u00e1 oculta para el profesorado.",
    "The adaptation is visible again.": "La adaptaci\u00f3n vuelve a estar visible.",
    "The adaptation was withdrawn.": "Se ha retirado la adaptaci\u00f3n.",
    "The group has a new join code.": "El grupo tiene un c\u00f3digo de invitaci\u00f3n nuevo.",
    "The group's pace": "El ritmo del grupo",
    "The group's pace is removed.": "Se ha quitado el ritmo del grupo.",
    "The group's pace is saved.": "Se ha guardado el ritmo del grupo.",
    "The group's pace starts on %(start)s: %(unit)s first, by %(day)s.": "El ritmo del grupo empieza el %(start)s: primero, %(unit)s, para el %(day)s.",
    "The meeting is logged.": "La reuni\u00f3n se ha registrado.",
    "The meeting is planned at the time you chose.": "La reuni\u00f3n se ha programado en la fecha que has elegido.",
    "The meeting is planned.": "La reuni\u00f3n se ha programado.",
    "The meeting was deleted.": "Se ha eliminado la reuni\u00f3n.",
    "The request is declined.": "Se ha rechazado la solicitud.",
    "The steps are hidden. The sections below hold everything.": "Los pasos se han ocultado. En los apartados de abajo est\u00e1 todo.",
    "The times are proposed: your colleagues can answer now.": "Se han propuesto las fechas: tus compa\u00f1eros ya pueden responder.",
    "The times are withdrawn.": "Se han retirado las fechas.",
    "Their reason: %(reason)s": "Motivo: %(reason)s",
    "This week: %(unit)s, by %(day)s": "Esta semana: %(unit)s, para el %(day)s",
    "Thursday": "Jueves",
    "Ticked off.": "Marcada como hecha.",
    "Times are in the %(zone)s time zone.": "Las horas est\u00e1n en la zona horaria %(zone)s.",
    "Times are proposed for the next meeting.": "Hay fechas propuestas para la pr\u00f3xima reuni\u00f3n.",
    "Times proposed for the next meeting": "Fechas propuestas para la pr\u00f3xima reuni\u00f3n",
    "Today": "Hoy",
    "Tomorrow": "Ma\u00f1ana",
    "Tuesday": "Martes",
    "Type into this box to filter down the list of available %s.": "Escriba en este cuadro para filtrar la lista de %s disponibles",
    "Type into this box to filter down the list of selected %s.": "Escriba en este cuadro para filtrar la lista de %s seleccionados.",
    "Units discussed": "Unidades tratadas",
    "Units due since the last meeting:": "Unidades previstas desde la \u00faltima reuni\u00f3n:",
    "Units each colleague has worked through": "Unidades que ha trabajado cada compa\u00f1ero",
    "Useful (undo)": "\u00datil (deshacer)",
    "Visible to your group only.": "Visible solo para tu grupo.",
    "Wednesday": "Mi\u00e9rcoles",
    "Welcome to the group!": "\u00a1Te damos la bienvenida al grupo!",
    "What you said you would do": "Lo que te comprometiste a hacer",
    "Who does it": "Responsable",
    "Why, for %(name)s to read (optional)": "Motivo, para que lo lea %(name)s (opcional)",
    "Withdraw these times? The answers given so far will be lost.": "\u00bfRetirar estas fechas? Se perder\u00e1n las respuestas dadas hasta ahora.",
    "Withdraw this adaptation?": "\u00bfRetirar esta adaptaci\u00f3n?",
    "Yesterday": "Ayer",
    "You are %(count)s unit behind the group's pace.": [
      "Llevas %(count)s unidad de retraso respecto al ritmo del grupo.",
      "Llevas %(count)s unidades de retraso respecto al ritmo del grupo."
    ],
    "You are ahead of the group's pace.": "Vas por delante del ritmo del grupo.",
    "You are on track with the group's pace.": "Vas al d\u00eda con el ritmo del grupo.",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "El %(date)s solicitaste unirte a %(school)s. Sus coordinadores te responder\u00e1n aqu\u00ed.",
    "You can ask another group, join one with a code or start your own.": "Puedes solicitar unirte a otro grupo, unirte a uno con un c\u00f3digo o crear el tuyo.",
    "You have left the group.": "Has salido del grupo.",
    "You have selected an action, and you haven\u2019t made any changes on individual fields. You\u2019re probably looking for the Go button rather than the Save button.": "Ha seleccionado una acci\u00f3n y no ha realizado ning\u00fan cambio en campos individuales. Probablemente est\u00e9 buscando el bot\u00f3n 'Ir' en lugar del bot\u00f3n 'Guardar'.",
    "You have selected an action, but you haven\u2019t saved your changes to individual fields yet. Please click OK to save. You\u2019ll need to re-run the action.": "Ha seleccionado una acci\u00f3n, pero a\u00fan no ha guardado los cambios en los campos individuales. Haga clic en Aceptar para guardar. Deber\u00e1 volver a ejecutar la acci\u00f3n.",
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.": "Tiene cambios sin guardar en campos editables individuales. Si ejecuta una acci\u00f3n, los cambios no guardados se perder\u00e1n.",
    "You will get no more meeting e-mails from this course.": "No recibir\u00e1s m\u00e1s correos de reuniones de este curso.",
    "You will get the group's meeting e-mails.": "Recibir\u00e1s los correos de las reuniones del grupo.",
    "Your answers are saved.": "Se han guardado tus respuestas.",
    "Your group has not shared an adaptation of this unit yet.": "Tu grupo todav\u00eda no ha compartido ninguna adaptaci\u00f3n de esta unidad.",
    "Your group is ready. Invite colleagues with its join code.": "Tu grupo est\u00e1 listo. Invita a tus compa\u00f1eros con su c\u00f3digo de invitaci\u00f3n.",
    "Your request is sent.": "Se ha enviado tu solicitud.",
    "Your request is withdrawn.": "Se ha retirado tu solicitud.",
    "Your school is saved.": "Se ha guardado tu centro.",
    "a proposed meeting time, then how long it lasts\u0004%(start)s, %(duration)s": "%(start)s, %(duration)s",
    "a task is done\u0004Done": "Hecha",
    "a task is marked as not done again\u0004Reopened.": "Marcada como pendiente.",
    "a unit in a meeting's agenda, and the day it is due\u0004%(unit)s (by %(day)s)": "%(unit)s (para el %(day)s)",
    "abbrev. day Friday\u0004Fri": "Vie",
    "abbrev. day Monday\u0004Mon": "Lun",
    "abbrev. day Saturday\u0004Sat": "S\u00e1b",
    "abbrev. day Sunday\u0004Sun": "Dom",
    "abbrev. day Thursday\u0004Thur": "Jue",
    "abbrev. day Tuesday\u0004Tue": "Mar",
    "abbrev. day Wednesday\u0004Wed": "Mie",
    "abbrev. month April\u0004Apr": "Abr",
    "abbrev. month August\u0004Aug": "Ago",
    "abbrev. month December\u0004Dec": "Dic",
    "abbrev. month February\u0004Feb": "Feb",
    "abbrev. month January\u0004Jan": "Ene",
    "abbrev. month July\u0004Jul": "Jul",
    "abbrev. month June\u0004Jun": "Jun",
    "abbrev. month March\u0004Mar": "Mar",
    "abbrev. month May\u0004May": "May",
    "abbrev. month November\u0004Nov": "Nov",
    "abbrev. month October\u0004Oct": "Oct",
    "abbrev. month September\u0004Sep": "Sep",
    "after the name of the person viewing the page\u0004(you)": "(t\u00fa)",
    "an answer to a proposed meeting time\u0004If need be": "Si es necesario",
    "an answer to a proposed meeting time\u0004No": "No",
    "an answer to a proposed meeting time\u0004Yes": "S\u00ed",
    "an answer to a proposed meeting time, then who gave it\u0004%(answer)s: %(names)s": "%(answer)s: %(names)s",
    "asked on %(date)s": "solicitud del %(date)s",
    "attendance confirmed by the member\u0004confirmed": "ha confirmado",
    "before the names of those at a meeting\u0004Present:": "Asistentes:",
    "button\u0004Accept": "Aceptar",
    "button\u0004Accept %(name)s": "Aceptar a %(name)s",
    "button\u0004Ask to join": "Solicitar unirse",
    "button\u0004Ask to join %(school)s": "Solicitar unirse a %(school)s",
    "button\u0004Cancel": "Cancelar",
    "button\u0004Choose the times that suit you": "Elegir las fechas que te vienen bien",
    "button\u0004Confirm I was there": "Confirmar mi asistencia",
    "button\u0004Decline": "Rechazar",
    "button\u0004Decline %(name)s": "Rechazar a %(name)s",
    "button\u0004Decline the request": "Rechazar la solicitud",
    "button\u0004Delete": "Eliminar",
    "button\u0004Delete \u201c%(title)s\u201d": "Eliminar \u00ab%(title)s\u00bb",
    "button\u0004Edit": "Editar",
    "button\u0004Edit \u201c%(title)s\u201d": "Editar \u00ab%(title)s\u00bb",
    "button\u0004Hand over the coordinator role": "Ceder la coordinaci\u00f3n",
    "button\u0004Hide": "Ocultar",
    "button\u0004Hide from learners": "Ocultar al profesorado",
    "button\u0004Hide these steps": "Ocultar estos pasos",
    "button\u0004Join": "Unirse",
    "button\u0004Join %(school)s": "Unirse a %(school)s",
    "button\u0004Log this meeting": "Registrar esta reuni\u00f3n",
    "button\u0004Make co-coordinator": "A\u00f1adir a la coordinaci\u00f3n",
    "button\u0004Mark as useful": "Marcar como \u00fatil",
    "button\u0004Plan a meeting": "Programar una reuni\u00f3n",
    "button\u0004Plan the meeting at this time": "Programar la reuni\u00f3n en esta fecha",
    "button\u0004Remove": "Quitar",
    "button\u0004Remove coordinator role": "Quitar de la coordinaci\u00f3n",
    "button\u0004Remove this time": "Quitar esta fecha",
    "button\u0004Save my answers": "Guardar mis respuestas",
    "button\u0004Send the request": "Enviar la solicitud",
    "button\u0004Show again": "Volver a mostrar",
    "button\u0004Show \u201c%(title)s\u201d again": "Volver a mostrar \u00ab%(title)s\u00bb",
    "button\u0004Withdraw the request": "Retirar la solicitud",
    "button\u0004Withdraw these times": "Retirar estas fechas",
    "duration of a meeting\u0004%(count)s minute": [
      "%(count)s minuto",
      "%(count)s minutos"
    ],
    "form field label\u0004Date": "Fecha",
    "form field label\u0004Task": "Tarea",
    "instead of a name, in a list of people\u0004you": "t\u00fa",
    "message after an action\u0004Copied.": "Copiado.",
    "message after an action\u0004Done.": "Hecho.",
    "not yet": "todav\u00eda no",
    "one letter Friday\u0004F": "V",
    "one letter Monday\u0004M": "L",
    "one letter Saturday\u0004S": "S",
    "one letter Sunday\u0004S": "D",
    "one letter Thursday\u0004T": "J",
    "one letter Tuesday\u0004T": "M",
    "one letter Wednesday\u0004W": "M",
    "one of the times proposed for a meeting, by its number\u0004Time %(number)s": "Fecha %(number)s",
    "people at a meeting who are not in the course\u0004%(count)s guest": [
      "%(count)s persona invitada",
      "%(count)s personas invitadas"
    ],
    "rhythm of a study group's pace\u0004One unit every week, from %(day)s.": [
      "Una unidad cada semana, a partir del %(day)s.",
      "Una unidad cada %(count)s semanas, a partir del %(day)s."
    ],
    "role in a study group\u0004Coordinator": "Coordinaci\u00f3n",
    "shown while a change is being saved\u0004Working\u2026": "Guardando\u2026",
    "standing against a study group's pace\u0004%(count)s unit behind": [
      "%(count)s unidad de retraso",
      "%(count)s unidades de retraso"
    ],
    "standing against a study group's pace\u0004Ahead": "Por delante",
    "standing against a study group's pace\u0004On track": "Al d\u00eda",
    "status of a study group\u0004By request": "Por solicitud",
    "status of a study group\u0004Full": "Completo",
    "status of a study group\u0004Join with code only": "Solo con c\u00f3digo",
    "status of a study group\u0004Open": "Abierto",
    "table heading\u0004Agenda": "Orden del d\u00eda",
    "table heading\u0004Colleague": "Docente",
    "table heading\u0004Notes": "Notas",
    "table heading\u0004Outcomes": "Acuerdos",
    "table heading\u0004Pace": "Ritmo",
    "table heading\u0004Topics": "Temas",
    "tasks agreed at a meeting\u0004Tasks": "Tareas",
    "the answers to a proposed meeting time, counted\u0004Yes: %(yes)s \u00b7 If need be: %(if_need_be)s \u00b7 No: %(no)s": "S\u00ed: %(yes)s \u00b7 Si es necesario: %(if_need_be)s \u00b7 No: %(no)s",
    "the day a member joined\u0004joined %(date)s": "en el grupo desde el %(date)s",
    "the day a unit is due in the group's pace\u0004by %(day)s": "para el %(day)s",
    "what a button does, then whom or what it is for: read by screen readers\u0004%(action)s: %(name)s": "%(action)s: %(name)s",
    "who does a task\u0004Anyone": "Cualquiera",
    "worked through": "trabajada",
    "\u2713 You have worked through this unit (undo)": "\u2713 Has trabajado esta unidad (deshacer)"
  };
  for (const key in newcatalog) {
    django.catalog[key] = newcatalog[key];
  }
  

  if (!django.jsi18n_initialized) {
    django.gettext = function(msgid) {
      const value = django.catalog[msgid];
      if (typeof value === 'undefined') {
        return msgid;
      } else {
        return (typeof value === 'string') ? value : value[0];
      }
    };

    django.ngettext = function(singular, plural, count) {
      const value = django.catalog[singular];
      if (typeof value === 'undefined') {
        return (count == 1) ? singular : plural;
      } else {
        return value.constructor === Array ? value[django.pluralidx(count)] : value;
      }
    };

    django.gettext_noop = function(msgid) { return msgid; };

    django.pgettext = function(context, msgid) {
      let value = django.gettext(context + '\x04' + msgid);
      if (value.includes('\x04')) {
        value = msgid;
      }
      return value;
    };

    django.npgettext = function(context, singular, plural, count) {
      let value = django.ngettext(context + '\x04' + singular, context + '\x04' + plural, count);
      if (value.includes('\x04')) {
        value = django.ngettext(singular, plural, count);
      }
      return value;
    };

    django.interpolate = function(fmt, obj, named) {
      if (named) {
        return fmt.replace(/%\(\w+\)s/g, function(match){return String(obj[match.slice(2,-2)])});
      } else {
        return fmt.replace(/%s/g, function(match){return String(obj.shift())});
      }
    };


    /* formatting library */

    django.formats = {
    "DATETIME_FORMAT": "j \\d\\e F \\d\\e Y \\a \\l\\a\\s H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%Y %H:%M",
      "%d/%m/%y %H:%M:%S",
      "%d/%m/%y %H:%M:%S.%f",
      "%d/%m/%y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j \\d\\e F \\d\\e Y",
    "DATE_INPUT_FORMATS": [
      "%d/%m/%Y",
      "%d/%m/%y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j \\d\\e F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d/m/Y H:i",
    "SHORT_DATE_FORMAT": "d/m/Y",
    "THOUSAND_SEPARATOR": "\u00a0",
    "TIME_FORMAT": "H:i",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H:%M"
    ],
    "YEAR_MONTH_FORMAT": "F \\d\\e Y"
  };

    django.get_format = function(format_type) {
      const value = django.formats[format_type];
      if (typeof value === 'undefined') {
        return format_type;
      } else {
        return value;
      }
    };

    /* add to global namespace */
    globals.pluralidx = django.pluralidx;
    globals.gettext = django.gettext;
    globals.ngettext = django.ngettext;
    globals.gettext_noop = django.gettext_noop;
    globals.pgettext = django.pgettext;
    globals.npgettext = django.npgettext;
    globals.interpolate = django.interpolate;
    globals.get_format = django.get_format;

    django.jsi18n_initialized = true;
  }
};


                  }
                };
                StudyGroupXBlockI18N.init();
                global.StudyGroupXBlockI18N = StudyGroupXBlockI18N;
            }(this));
        