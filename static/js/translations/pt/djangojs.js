
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
      "%(count)s colega considerou esta adapta\u00e7\u00e3o \u00fatil",
      "%(count)s colegas consideraram esta adapta\u00e7\u00e3o \u00fatil"
    ],
    "%(count)s colleague is behind: the progress board shows who.": [
      "%(count)s colega est\u00e1 em atraso: o quadro de progresso mostra quem.",
      "%(count)s colegas est\u00e3o em atraso: o quadro de progresso mostra quem."
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s de %(limit)s membros",
      "%(count)s de %(limit)s membros"
    ],
    "%(done)s of %(total)s first steps done.": "Primeiros passos feitos: %(done)s de %(total)s.",
    "%(name)s is now a member of the group.": "%(name)s j\u00e1 \u00e9 membro do grupo.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 l\u00edngua de trabalho: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "O grupo %(school)s recusou o seu pedido de ades\u00e3o.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s, em %(place)s, j\u00e1 tem um grupo de estudo (%(members)s). Pe\u00e7a o c\u00f3digo de ades\u00e3o a um colega do grupo.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s, em %(place)s, j\u00e1 tem um grupo de estudo (%(members)s). Quer aderir a esse grupo para estudarem em conjunto?",
    "%(sel)s of %(cnt)s selected": [
      "%(sel)s de %(cnt)s selecionado",
      "%(sel)s de %(cnt)s selecionados"
    ],
    "%(total)s adaptation from other schools": [
      "%(total)s adapta\u00e7\u00e3o de outras escolas",
      "%(total)s adapta\u00e7\u00f5es de outras escolas"
    ],
    "%(total)s group found": [
      "%(total)s grupo encontrado",
      "%(total)s grupos encontrados"
    ],
    "%s selected option not visible": [
      "%s op\u00e7\u00e3o selecionada n\u00e3o vis\u00edvel",
      "%s op\u00e7\u00f5es selecionadas n\u00e3o vis\u00edveis"
    ],
    "6 a.m.": "6 a.m.",
    "6 p.m.": "6 p.m.",
    "A short message to the coordinators of %(school)s (optional)": "Uma mensagem curta para os coordenadores do grupo %(school)s (opcional)",
    "Adaptation pages": "P\u00e1ginas de adapta\u00e7\u00f5es",
    "Add to my calendar (.ics)": "Adicionar ao meu calend\u00e1rio (.ics)",
    "April": "Abril",
    "August": "Agosto",
    "Available %s": "Dispon\u00edvel %s",
    "Cancel": "Cancelar",
    "Change the group's pace": "Alterar o ritmo do grupo",
    "Changes saved.": "Altera\u00e7\u00f5es guardadas.",
    "Choose a Date": "Escolha a Data",
    "Choose a Time": "Escolha a Hora",
    "Choose a time": "Escolha a hora",
    "Chosen %s": "Escolhido %s",
    "Colleagues asking to join": "Colegas que pedem para aderir",
    "Copying failed: select the code and copy it yourself.": "N\u00e3o foi poss\u00edvel copiar: selecione o c\u00f3digo e copie-o manualmente.",
    "Could not reach the server. Check your connection and try again.": "N\u00e3o foi poss\u00edvel contactar o servidor. Verifique a liga\u00e7\u00e3o \u00e0 Internet e tente novamente.",
    "Course team view: %(count)s study group in this course.": [
      "Vista da equipa do curso: %(count)s grupo de estudo neste curso.",
      "Vista da equipa do curso: %(count)s grupos de estudo neste curso."
    ],
    "December": "Dezembro",
    "Delete the meeting of %(when)s": "Eliminar a reuni\u00e3o de %(when)s",
    "Delete this meeting and its minutes?": "Eliminar esta reuni\u00e3o e a respetiva ata?",
    "Duration in minutes": "Dura\u00e7\u00e3o em minutos",
    "Edit the meeting of %(when)s": "Editar a reuni\u00e3o de %(when)s",
    "Edit the minutes": "Editar a ata",
    "Edit the planned meeting": "Editar a reuni\u00e3o planeada",
    "Edit your adaptation": "Editar a sua adapta\u00e7\u00e3o",
    "Edited on %(date)s.": "Editada em %(date)s.",
    "Every unit in the group's pace is due by now.": "J\u00e1 terminou o prazo de todas as unidades do ritmo do grupo.",
    "Everyone has answered.": "J\u00e1 responderam todos os membros.",
    "February": "Fevereiro",
    "Filter": "Filtrar",
    "Friday": "Sexta-feira",
    "Getting started as coordinator": "Primeiros passos como coordenador",
    "Hidden by the course team: %(reason)s": "Ocultada pela equipa do curso: %(reason)s",
    "Hold the meeting at school and log it": "Realizar a reuni\u00e3o na escola e regist\u00e1-la",
    "I've worked through this unit": "J\u00e1 trabalhei esta unidade",
    "Invite at least two colleagues with the join code": "Convidar pelo menos dois colegas com o c\u00f3digo de ades\u00e3o",
    "January": "Janeiro",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Adira ao nosso grupo de estudo \u00ab%(school)s\u00bb neste curso: abra qualquer unidade do curso com o Grupo de estudo, escolha \u00abAderir com um c\u00f3digo\u00bb e introduza %(code)s.",
    "July": "Julho",
    "June": "Junho",
    "Last edited by %(name)s on %(when)s.": "\u00daltima edi\u00e7\u00e3o por %(name)s em %(when)s.",
    "Leave this study group? Your meetings and adaptations stay with the group.": "Sair deste grupo de estudo? As suas reuni\u00f5es e adapta\u00e7\u00f5es continuam no grupo.",
    "Log a meeting held at school": "Registar uma reuni\u00e3o realizada na escola",
    "Logged by %(name)s.": "Registada por %(name)s.",
    "Make %(name)s the coordinator? You will become a member.": "Passar a fun\u00e7\u00e3o de coordenador a %(name)s? A sua fun\u00e7\u00e3o passar\u00e1 a ser a de membro.",
    "Make a new join code? The old code will stop working.": "Criar um novo c\u00f3digo de ades\u00e3o? O c\u00f3digo antigo deixar\u00e1 de funcionar.",
    "March": "Mar\u00e7o",
    "Mark a unit as worked through": "Marcar uma unidade como trabalhada",
    "Marked as useful.": "Marcada como \u00fatil.",
    "Marked as worked through. Well done!": "Marcada como trabalhada. Muito bem!",
    "May": "Maio",
    "Meeting held on %(when)s": "Reuni\u00e3o realizada em %(when)s",
    "Meeting planned for %(when)s": "Reuni\u00e3o planeada para %(when)s",
    "Midnight": "Meia-noite",
    "Monday": "Segunda-feira",
    "More than %(total)s adaptations from other schools": "Mais de %(total)s adapta\u00e7\u00f5es de outras escolas",
    "More than %(total)s groups found": "Foram encontrados mais de %(total)s grupos",
    "Newer meetings": "Reuni\u00f5es mais recentes",
    "Next meeting": "Pr\u00f3xima reuni\u00e3o",
    "Next page": "P\u00e1gina seguinte",
    "No group matches yet. If your school has none, start one below.": "Ainda n\u00e3o h\u00e1 nenhum grupo correspondente. Se a sua escola n\u00e3o tiver grupo, crie um abaixo.",
    "No longer marked as useful.": "J\u00e1 n\u00e3o est\u00e1 marcada como \u00fatil.",
    "No longer marked as worked through.": "J\u00e1 n\u00e3o est\u00e1 marcada como trabalhada.",
    "No meeting is planned yet.": "Ainda n\u00e3o h\u00e1 nenhuma reuni\u00e3o planeada.",
    "No meetings logged yet.": "Ainda n\u00e3o h\u00e1 reuni\u00f5es registadas.",
    "Nobody was in the group on that day: check the date.": "Nesse dia, n\u00e3o havia ningu\u00e9m no grupo: verifique a data.",
    "Noon": "Meio-dia",
    "Not answered yet: %(names)s": "Ainda n\u00e3o responderam: %(names)s",
    "Note: You are %s hour ahead of server time.": [
      "Nota: O seu fuso hor\u00e1rio est\u00e1 %s hora adiantado em rela\u00e7\u00e3o ao servidor.",
      "Nota: O seu fuso hor\u00e1rio est\u00e1 %s horas adiantado em rela\u00e7\u00e3o ao servidor."
    ],
    "Note: You are %s hour behind server time.": [
      "Nota: O use fuso hor\u00e1rio est\u00e1 %s hora atrasado em rela\u00e7\u00e3o ao servidor.",
      "Nota: O use fuso hor\u00e1rio est\u00e1 %s horas atrasado em rela\u00e7\u00e3o ao servidor."
    ],
    "November": "Novembro",
    "Now": "Agora",
    "October": "Outubro",
    "Older meetings": "Reuni\u00f5es mais antigas",
    "Page %(page)s of %(pages)s": "P\u00e1gina %(page)s de %(pages)s",
    "Pages of the group's meetings": "P\u00e1ginas das reuni\u00f5es do grupo",
    "Plan a meeting": "Planear uma reuni\u00e3o",
    "Plan the first meeting": "Planear a primeira reuni\u00e3o",
    "Please answer by %(day)s.": "Responda at\u00e9 %(day)s.",
    "Previous page": "P\u00e1gina anterior",
    "Print the group's evidence report": "Imprimir o relat\u00f3rio de evid\u00eancias do grupo",
    "Proposed by %(name)s.": "Propostas por %(name)s.",
    "Proposed by you.": "Propostas por si.",
    "Reason, shown to the author": "Motivo (vis\u00edvel para quem a partilhou)",
    "Remove %(name)s from the group? Their meetings and adaptations stay with the group.": "Remover %(name)s do grupo? As reuni\u00f5es e as adapta\u00e7\u00f5es desta pessoa continuam no grupo.",
    "Remove the group's pace? Each unit's date will be lost.": "Remover o ritmo do grupo? Perdem-se as datas de todas as unidades.",
    "Remove this task": "Remover esta tarefa",
    "Saturday": "S\u00e1bado",
    "Search result pages": "P\u00e1ginas de resultados da pesquisa",
    "September": "Setembro",
    "Set the group's pace": "Definir o ritmo do grupo",
    "Share how your group adapted a unit": "Partilhar como o seu grupo adaptou uma unidade",
    "Share how your group adapted this unit": "Partilhar como o seu grupo adaptou esta unidade",
    "Shared by %(name)s.": "Partilhada por %(name)s.",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Ocorreu um erro. Tente novamente; se voltar a acontecer, recarregue a p\u00e1gina.",
    "Start time": "Hora de in\u00edcio",
    "Suits the most colleagues so far": "At\u00e9 agora, a que conv\u00e9m a mais colegas",
    "Sunday": "Domingo",
    "Tasks still open from the last meeting:": "Tarefas da \u00faltima reuni\u00e3o ainda por fazer:",
    "Thank you for sharing.": "Obrigado pela partilha.",
    "Thank you: your attendance is confirmed.": "Obrigado: a sua presen\u00e7a est\u00e1 confirmada.",
    "The adaptation is hidden from learners.": "A adapta\u00e7\u00e3o est\u00e1 oculta para os formandos.",
    "The adaptation is visible again.": "A adapta\u00e7\u00e3o est\u00e1 novamente vis\u00edvel.",
    "The adaptation was withdrawn.": "A adapta\u00e7\u00e3o foi retirada.",
    "The group has a new join code.": "O grupo tem um novo c\u00f3digo de ades\u00e3o.",
    "The group's pace": "O ritmo do grupo",
    "The group's pace is removed.": "O ritmo do grupo foi removido.",
    "The group's pace is saved.": "O ritmo do grupo foi guardado.",
    "The group's pace starts on %(start)s: %(unit)s first, by %(day)s.": "In\u00edcio do ritmo do grupo: %(start)s. Primeiro, %(unit)s, at\u00e9 %(day)s.",
    "The meeting is logged.": "A reuni\u00e3o foi registada.",
    "The meeting is planned at the time you chose.": "A reuni\u00e3o foi planeada na data escolhida.",
    "The meeting is planned.": "A reuni\u00e3o foi planeada.",
    "The meeting was deleted.": "A reuni\u00e3o foi eliminada.",
    "The request is declined.": "O pedido foi recusado.",
    "The steps are hidden. The sections below hold everything.": "Os passos foram ocultados. Encontra tudo nas sec\u00e7\u00f5es abaixo.",
    "The times are proposed: your colleagues can answer now.": "As datas foram propostas: os seus colegas j\u00e1 podem responder.",
    "The times are withdrawn.": "As datas foram retiradas.",
    "Their reason: %(reason)s": "Motivo indicado: %(reason)s",
    "This week: %(unit)s, by %(day)s": "Esta semana: %(unit)s, at\u00e9 %(day)s",
    "Thursday": "Quinta-feira",
    "Ticked off.": "Marcada como feita.",
    "Times are in the %(zone)s time zone.": "As horas s\u00e3o indicadas no fuso hor\u00e1rio %(zone)s.",
    "Times are proposed for the next meeting.": "H\u00e1 datas propostas para a pr\u00f3xima reuni\u00e3o.",
    "Times proposed for the next meeting": "Datas propostas para a pr\u00f3xima reuni\u00e3o",
    "Today": "Hoje",
    "Tomorrow": "Amanh\u00e3",
    "Tuesday": "Ter\u00e7a-feira",
    "Type into this box to filter down the list of available %s.": "Digite nesta caixa para filtrar a lista de %s dispon\u00edveis.",
    "Type into this box to filter down the list of selected %s.": "Digite nesta caixa para filtrar a lista de selecionados %s.",
    "Units discussed": "Unidades abordadas",
    "Units due since the last meeting:": "Unidades previstas desde a \u00faltima reuni\u00e3o:",
    "Units each colleague has worked through": "Unidades que cada colega j\u00e1 trabalhou",
    "Useful (undo)": "\u00datil (anular)",
    "Visible to your group only.": "Vis\u00edvel s\u00f3 para o seu grupo.",
    "Wednesday": "Quarta-feira",
    "Welcome to the group!": "Boas-vindas ao grupo!",
    "What you said you would do": "O que se comprometeu a fazer",
    "Who does it": "A cargo de",
    "Why, for %(name)s to read (optional)": "Motivo, vis\u00edvel para %(name)s (opcional)",
    "Withdraw these times? The answers given so far will be lost.": "Retirar estas datas? Perdem-se as respostas dadas at\u00e9 agora.",
    "Withdraw this adaptation?": "Retirar esta adapta\u00e7\u00e3o?",
    "Yesterday": "Ontem",
    "You are %(count)s unit behind the group's pace.": [
      "Tem %(count)s unidade em atraso em rela\u00e7\u00e3o ao ritmo do grupo.",
      "Tem %(count)s unidades em atraso em rela\u00e7\u00e3o ao ritmo do grupo."
    ],
    "You are ahead of the group's pace.": "Vai \u00e0 frente do ritmo do grupo.",
    "You are on track with the group's pace.": "Est\u00e1 em dia com o ritmo do grupo.",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "Pediu em %(date)s para aderir ao grupo %(school)s. Os coordenadores do grupo v\u00e3o responder-lhe aqui.",
    "You can ask another group, join one with a code or start your own.": "Pode pedir para aderir a outro grupo, aderir a um grupo com um c\u00f3digo ou criar o seu pr\u00f3prio grupo.",
    "You have left the group.": "Saiu do grupo.",
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.": "Tem mudan\u00e7as por guardar nos campos individuais. Se usar uma a\u00e7\u00e3o, as suas mudan\u00e7as por guardar ser\u00e3o perdidas.",
    "You will get no more meeting e-mails from this course.": "Deixar\u00e1 de receber os e-mails das reuni\u00f5es deste curso.",
    "You will get the group's meeting e-mails.": "Vai receber os e-mails das reuni\u00f5es do grupo.",
    "Your answers are saved.": "As suas respostas foram guardadas.",
    "Your group has not shared an adaptation of this unit yet.": "O seu grupo ainda n\u00e3o partilhou nenhuma adapta\u00e7\u00e3o desta unidade.",
    "Your group is ready. Invite colleagues with its join code.": "O seu grupo est\u00e1 pronto. Convide colegas com o c\u00f3digo de ades\u00e3o do grupo.",
    "Your request is sent.": "O seu pedido foi enviado.",
    "Your request is withdrawn.": "O seu pedido foi retirado.",
    "Your school is saved.": "A sua escola foi guardada.",
    "a proposed meeting time, then how long it lasts\u0004%(start)s, %(duration)s": "%(start)s, %(duration)s",
    "a task is done\u0004Done": "Feita",
    "a task is marked as not done again\u0004Reopened.": "Marcada como por fazer.",
    "a unit in a meeting's agenda, and the day it is due\u0004%(unit)s (by %(day)s)": "%(unit)s (at\u00e9 %(day)s)",
    "abbrev. day Friday\u0004Fri": "Sex",
    "abbrev. day Monday\u0004Mon": "Seg",
    "abbrev. day Saturday\u0004Sat": "S\u00e1b",
    "abbrev. day Sunday\u0004Sun": "Dom",
    "abbrev. day Thursday\u0004Thur": "Qui",
    "abbrev. day Tuesday\u0004Tue": "Ter",
    "abbrev. day Wednesday\u0004Wed": "Qua",
    "abbrev. month April\u0004Apr": "Abr",
    "abbrev. month August\u0004Aug": "Ago",
    "abbrev. month December\u0004Dec": "Dez",
    "abbrev. month February\u0004Feb": "Fev",
    "abbrev. month January\u0004Jan": "Jan",
    "abbrev. month July\u0004Jul": "Jul",
    "abbrev. month June\u0004Jun": "Jun",
    "abbrev. month March\u0004Mar": "Mar",
    "abbrev. month May\u0004May": "Mai",
    "abbrev. month November\u0004Nov": "Nov",
    "abbrev. month October\u0004Oct": "Out",
    "abbrev. month September\u0004Sep": "Set",
    "after the name of the person viewing the page\u0004(you)": "(eu)",
    "an answer to a proposed meeting time\u0004If need be": "Se necess\u00e1rio",
    "an answer to a proposed meeting time\u0004No": "N\u00e3o",
    "an answer to a proposed meeting time\u0004Yes": "Sim",
    "an answer to a proposed meeting time, then who gave it\u0004%(answer)s: %(names)s": "%(answer)s: %(names)s",
    "asked on %(date)s": "pediu em %(date)s",
    "attendance confirmed by the member\u0004confirmed": "confirmou",
    "before the names of those at a meeting\u0004Present:": "Presentes:",
    "button\u0004Accept": "Aceitar",
    "button\u0004Accept %(name)s": "Aceitar %(name)s",
    "button\u0004Ask to join": "Pedir para aderir",
    "button\u0004Ask to join %(school)s": "Pedir para aderir ao grupo %(school)s",
    "button\u0004Cancel": "Cancelar",
    "button\u0004Choose the times that suit you": "Escolher as datas que lhe conv\u00eam",
    "button\u0004Confirm I was there": "Confirmar que estive presente",
    "button\u0004Decline": "Recusar",
    "button\u0004Decline %(name)s": "Recusar %(name)s",
    "button\u0004Decline the request": "Recusar o pedido",
    "button\u0004Delete": "Eliminar",
    "button\u0004Delete \u201c%(title)s\u201d": "Eliminar \u00ab%(title)s\u00bb",
    "button\u0004Edit": "Editar",
    "button\u0004Edit \u201c%(title)s\u201d": "Editar \u00ab%(title)s\u00bb",
    "button\u0004Hand over the coordinator role": "Passar a fun\u00e7\u00e3o de coordenador",
    "button\u0004Hide": "Ocultar",
    "button\u0004Hide from learners": "Ocultar aos formandos",
    "button\u0004Hide these steps": "Ocultar estes passos",
    "button\u0004Join": "Aderir",
    "button\u0004Join %(school)s": "Aderir ao grupo %(school)s",
    "button\u0004Log this meeting": "Registar esta reuni\u00e3o",
    "button\u0004Make co-coordinator": "Tornar tamb\u00e9m coordenador",
    "button\u0004Mark as useful": "Marcar como \u00fatil",
    "button\u0004Plan a meeting": "Planear uma reuni\u00e3o",
    "button\u0004Plan the meeting at this time": "Planear a reuni\u00e3o nesta data",
    "button\u0004Remove": "Remover",
    "button\u0004Remove coordinator role": "Retirar a fun\u00e7\u00e3o de coordenador",
    "button\u0004Remove this time": "Remover esta data",
    "button\u0004Save my answers": "Guardar as minhas respostas",
    "button\u0004Send the request": "Enviar o pedido",
    "button\u0004Show again": "Mostrar novamente",
    "button\u0004Show \u201c%(title)s\u201d again": "Mostrar novamente \u00ab%(title)s\u00bb",
    "button\u0004Withdraw the request": "Retirar o pedido",
    "button\u0004Withdraw these times": "Retirar estas datas",
    "duration of a meeting\u0004%(count)s minute": [
      "%(count)s minuto",
      "%(count)s minutos"
    ],
    "form field label\u0004Date": "Data",
    "form field label\u0004Task": "Tarefa",
    "instead of a name, in a list of people\u0004you": "eu",
    "message after an action\u0004Copied.": "Copiado.",
    "message after an action\u0004Done.": "Feito.",
    "not yet": "ainda n\u00e3o",
    "one letter Friday\u0004F": "S",
    "one letter Monday\u0004M": "S",
    "one letter Saturday\u0004S": "S",
    "one letter Sunday\u0004S": "D",
    "one letter Thursday\u0004T": "Q",
    "one letter Tuesday\u0004T": "T",
    "one letter Wednesday\u0004W": "Q",
    "one of the times proposed for a meeting, by its number\u0004Time %(number)s": "Data %(number)s",
    "people at a meeting who are not in the course\u0004%(count)s guest": [
      "%(count)s convidado",
      "%(count)s convidados"
    ],
    "rhythm of a study group's pace\u0004One unit every week, from %(day)s.": [
      "Uma unidade por semana, a partir de %(day)s.",
      "Uma unidade a cada %(count)s semanas, a partir de %(day)s."
    ],
    "role in a study group\u0004Coordinator": "Coordenador",
    "shown while a change is being saved\u0004Working\u2026": "A guardar\u2026",
    "standing against a study group's pace\u0004%(count)s unit behind": [
      "%(count)s unidade em atraso",
      "%(count)s unidades em atraso"
    ],
    "standing against a study group's pace\u0004Ahead": "\u00c0 frente",
    "standing against a study group's pace\u0004On track": "Em dia",
    "status of a study group\u0004By request": "Mediante pedido",
    "status of a study group\u0004Full": "Completo",
    "status of a study group\u0004Join with code only": "S\u00f3 com c\u00f3digo de ades\u00e3o",
    "status of a study group\u0004Open": "Aberto",
    "table heading\u0004Agenda": "Ordem de trabalhos",
    "table heading\u0004Colleague": "Colega",
    "table heading\u0004Notes": "Notas",
    "table heading\u0004Outcomes": "Conclus\u00f5es",
    "table heading\u0004Pace": "Ritmo",
    "table heading\u0004Topics": "Temas",
    "tasks agreed at a meeting\u0004Tasks": "Tarefas",
    "the answers to a proposed meeting time, counted\u0004Yes: %(yes)s \u00b7 If need be: %(if_need_be)s \u00b7 No: %(no)s": "Sim: %(yes)s \u00b7 Se necess\u00e1rio: %(if_need_be)s \u00b7 N\u00e3o: %(no)s",
    "the day a member joined\u0004joined %(date)s": "aderiu em %(date)s",
    "the day a unit is due in the group's pace\u0004by %(day)s": "at\u00e9 %(day)s",
    "what a button does, then whom or what it is for: read by screen readers\u0004%(action)s: %(name)s": "%(action)s: %(name)s",
    "who does a task\u0004Anyone": "Qualquer pessoa",
    "worked through": "trabalhada",
    "\u2713 You have worked through this unit (undo)": "\u2713 J\u00e1 trabalhou esta unidade (anular)"
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
    "DATETIME_FORMAT": "j \\d\\e F \\d\\e Y \u00e0\\s H:i",
    "DATETIME_INPUT_FORMATS": [
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%Y %H:%M",
      "%d/%m/%y %H:%M:%S",
      "%d/%m/%y %H:%M:%S.%f",
      "%d/%m/%y %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j \\d\\e F \\d\\e Y",
    "DATE_INPUT_FORMATS": [
      "%Y-%m-%d",
      "%d/%m/%Y",
      "%d/%m/%y"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 0,
    "MONTH_DAY_FORMAT": "j \\d\\e F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d/m/Y H:i",
    "SHORT_DATE_FORMAT": "d/m/Y",
    "THOUSAND_SEPARATOR": ".",
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
        