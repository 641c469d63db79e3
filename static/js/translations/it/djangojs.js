
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
      "%(count)s collega lo ha trovato utile",
      "%(count)s colleghi lo hanno trovato utile"
    ],
    "%(count)s colleague is behind: the progress board shows who.": [
      "%(count)s collega \u00e8 indietro: la tabella dei progressi mostra chi \u00e8.",
      "%(count)s colleghi sono indietro: la tabella dei progressi mostra chi sono."
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s membro su %(limit)s",
      "%(count)s membri su %(limit)s"
    ],
    "%(done)s of %(total)s first steps done.": "Primi passi fatti: %(done)s su %(total)s.",
    "%(name)s is now a member of the group.": "%(name)s ora fa parte del gruppo.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 lingua di lavoro: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "%(school)s ha rifiutato la tua richiesta di adesione.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s di %(place)s ha gi\u00e0 un gruppo di studio (%(members)s). Chiedi il codice di adesione a un collega del gruppo.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s di %(place)s ha gi\u00e0 un gruppo di studio (%(members)s). Vuoi unirti per studiare insieme?",
    "%(sel)s of %(cnt)s selected": [
      "%(sel)s di %(cnt)s selezionato",
      "%(sel)s di %(cnt)s selezionati"
    ],
    "%(total)s adaptation from other schools": [
      "%(total)s adattamento di altre scuole",
      "%(total)s adattamenti di altre scuole"
    ],
    "%(total)s group found": [
      "%(total)s gruppo trovato",
      "%(total)s gruppi trovati"
    ],
    "%s selected option not visible": [
      "%s opzione selezionata non visibile",
      "%s opzioni selezionate non visibili"
    ],
    "6 a.m.": "6 del mattino",
    "6 p.m.": "6 del pomeriggio",
    "A short message to the coordinators of %(school)s (optional)": "Un breve messaggio ai coordinatori di %(school)s (facoltativo)",
    "Adaptation pages": "Pagine degli adattamenti",
    "Add to my calendar (.ics)": "Aggiungi al mio calendario (.ics)",
    "April": "Aprile",
    "August": "Agosto",
    "Available %s": "%s disponibili",
    "Cancel": "Annulla",
    "Change the group's pace": "Cambia il ritmo del gruppo",
    "Changes saved.": "Modifiche salvate.",
    "Choose a Date": "Scegli una data",
    "Choose a Time": "Scegli un orario",
    "Choose a time": "Scegli un orario",
    "Chosen %s": "%s scelti",
    "Colleagues asking to join": "Colleghi che chiedono di unirsi",
    "Copying failed: select the code and copy it yourself.": "Copia non riuscita: seleziona il codice e copialo tu.",
    "Could not reach the server. Check your connection and try again.": "Non \u00e8 stato possibile raggiungere il server. Controlla la connessione e riprova.",
    "Course team view: %(count)s study group in this course.": [
      "Vista del team del corso: %(count)s gruppo di studio in questo corso.",
      "Vista del team del corso: %(count)s gruppi di studio in questo corso."
    ],
    "December": "Dicembre",
    "Delete the meeting of %(when)s": "Elimina l'incontro di %(when)s",
    "Delete this meeting and its minutes?": "Vuoi eliminare questo incontro e il suo verbale?",
    "Duration in minutes": "Durata in minuti",
    "Edit the meeting of %(when)s": "Modifica l'incontro di %(when)s",
    "Edit the minutes": "Modifica il verbale",
    "Edit the planned meeting": "Modifica l'incontro pianificato",
    "Edit your adaptation": "Modifica il tuo adattamento",
    "Edited on %(date)s.": "Ultima modifica: %(date)s.",
    "Every unit in the group's pace is due by now.": "Secondo il ritmo del gruppo, ormai tutte le unit\u00e0 dovrebbero essere svolte.",
    "Everyone has answered.": "Hanno risposto tutti.",
    "February": "Febbraio",
    "Filter": "Filtro",
    "Friday": "Venerd\u00ec",
    "Getting started as coordinator": "Primi passi nel coordinamento",
    "Hidden by the course team: %(reason)s": "Nascosto dal team del corso: %(reason)s",
    "Hold the meeting at school and log it": "Svolgi l'incontro a scuola e registralo",
    "I've worked through this unit": "Ho svolto questa unit\u00e0",
    "Invite at least two colleagues with the join code": "Invita almeno due colleghi con il codice di adesione",
    "January": "Gennaio",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Unisciti al nostro gruppo di studio \u00ab%(school)s\u00bb in questo corso: apri una qualsiasi unit\u00e0 del corso con il Gruppo di studio, scegli \u00abUnisciti con un codice\u00bb e inserisci %(code)s.",
    "July": "Luglio",
    "June": "Giugno",
    "Last edited by %(name)s on %(when)s.": "Ultima modifica: %(name)s, %(when)s.",
    "Leave this study group? Your meetings and adaptations stay with the group.": "Vuoi lasciare questo gruppo di studio? I tuoi incontri e adattamenti restano al gruppo.",
    "Log a meeting held at school": "Registra un incontro svolto a scuola",
    "Logged by %(name)s.": "Registrato da %(name)s.",
    "Make %(name)s the coordinator? You will become a member.": "Vuoi nominare %(name)s coordinatore? Tu resterai nel gruppo come membro.",
    "Make a new join code? The old code will stop working.": "Vuoi creare un nuovo codice di adesione? Il vecchio codice non funzioner\u00e0 pi\u00f9.",
    "March": "Marzo",
    "Mark a unit as worked through": "Segna un'unit\u00e0 come svolta",
    "Marked as useful.": "Segnato come utile.",
    "Marked as worked through. Well done!": "Unit\u00e0 segnata come svolta. Ottimo lavoro!",
    "May": "Maggio",
    "Meeting held on %(when)s": "Incontro svolto: %(when)s",
    "Meeting planned for %(when)s": "Incontro pianificato: %(when)s",
    "Midnight": "Mezzanotte",
    "Monday": "Luned\u00ec",
    "More than %(total)s adaptations from other schools": "Pi\u00f9 di %(total)s adattamenti di altre scuole",
    "More than %(total)s groups found": "Trovati pi\u00f9 di %(total)s gruppi",
    "Newer meetings": "Incontri pi\u00f9 recenti",
    "Next meeting": "Prossimo incontro",
    "Next page": "Pagina successiva",
    "No group matches yet. If your school has none, start one below.": "Nessun gruppo corrisponde alla ricerca. Se la tua scuola non ha ancora un gruppo, crealo qui sotto.",
    "No longer marked as useful.": "Non \u00e8 pi\u00f9 segnato come utile.",
    "No longer marked as worked through.": "L'unit\u00e0 non \u00e8 pi\u00f9 segnata come svolta.",
    "No meeting is planned yet.": "Ancora nessun incontro pianificato.",
    "No meetings logged yet.": "Ancora nessun incontro registrato.",
    "Nobody was in the group on that day: check the date.": "Quel giorno nel gruppo non c'era nessuno: controlla la data.",
    "Noon": "Mezzogiorno",
    "Not answered yet: %(names)s": "Non hanno ancora risposto: %(names)s",
    "Note: You are %s hour ahead of server time.": [
      "Nota: Sei %s ora in anticipo rispetto al server.",
      "Nota: Sei %s ore in anticipo rispetto al server."
    ],
    "Note: You are %s hour behind server time.": [
      "Nota: Sei %s ora in ritardo rispetto al server.",
      "Nota: Sei %s ore in ritardo rispetto al server."
    ],
    "November": "Novembre",
    "Now": "Adesso",
    "October": "Ottobre",
    "Older meetings": "Incontri meno recenti",
    "Page %(page)s of %(pages)s": "Pagina %(page)s di %(pages)s",
    "Pages of the group's meetings": "Pagine degli incontri del gruppo",
    "Plan a meeting": "Pianifica un incontro",
    "Plan the first meeting": "Pianifica il primo incontro",
    "Please answer by %(day)s.": "Termine per rispondere: %(day)s.",
    "Previous page": "Pagina precedente",
    "Print the group's evidence report": "Stampa la documentazione del gruppo",
    "Proposed by %(name)s.": "Proposte da %(name)s.",
    "Proposed by you.": "Proposte da te.",
    "Reason, shown to the author": "Motivo (visibile a chi l'ha condiviso)",
    "Remove %(name)s from the group? Their meetings and adaptations stay with the group.": "Vuoi rimuovere %(name)s dal gruppo? I suoi incontri e adattamenti restano al gruppo.",
    "Remove the group's pace? Each unit's date will be lost.": "Vuoi rimuovere il ritmo del gruppo? Le scadenze di tutte le unit\u00e0 andranno perse.",
    "Remove this task": "Rimuovi questo incarico",
    "Saturday": "Sabato",
    "Search result pages": "Pagine dei risultati della ricerca",
    "September": "Settembre",
    "Set the group's pace": "Stabilisci il ritmo del gruppo",
    "Share how your group adapted a unit": "Condividi come il tuo gruppo ha adattato un'unit\u00e0",
    "Share how your group adapted this unit": "Condividi come il tuo gruppo ha adattato questa unit\u00e0",
    "Shared by %(name)s.": "Condiviso da %(name)s.",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Qualcosa non ha funzionato. Riprova; se succede di nuovo, ricarica la pagina.",
    "Start time": "Ora di inizio",
    "Suits the most colleagues so far": "Finora va bene al maggior numero di colleghi",
    "Sunday": "Domenica",
    "Tasks still open from the last meeting:": "Incarichi ancora aperti dall'ultimo incontro:",
    "Thank you for sharing.": "Grazie per la condivisione.",
    "Thank you: your attendance is confirmed.": "Grazie: la tua presenza \u00e8 confermata.",
    "The adaptation is hidden from learners.": "L'adattamento \u00e8 nascosto ai corsisti.",
    "The adaptation is visible again.": "L'adattamento \u00e8 di nuovo visibile.",
    "The adaptation was withdrawn.": "L'adattamento \u00e8 stato ritirato.",
    "The group has a new join code.": "Il gruppo ha un nuovo codice di adesione.",
    "The group's pace": "Il ritmo del gruppo",
    "The group's pace is removed.": "Il ritmo del gruppo \u00e8 stato rimosso.",
    "The group's pace is saved.": "Il ritmo del gruppo \u00e8 stato salvato.",
    "The group's pace starts on %(start)s: %(unit)s first, by %(day)s.": "Il ritmo del gruppo parte %(start)s: si comincia con %(unit)s, da svolgere entro %(day)s.",
    "The meeting is logged.": "L'incontro \u00e8 registrato.",
    "The meeting is planned at the time you chose.": "L'incontro \u00e8 stato pianificato nella data che hai scelto.",
    "The meeting is planned.": "L'incontro \u00e8 pianificato.",
    "The meeting was deleted.": "L'incontro \u00e8 stato eliminato.",
    "The request is declined.": "La richiesta \u00e8 stata rifiutata.",
    "The steps are hidden. The sections below hold everything.": "I primi passi sono nascosti. Trovi tutto nelle sezioni qui sotto.",
    "The times are proposed: your colleagues can answer now.": "Le date sono state proposte: ora i tuoi colleghi possono rispondere.",
    "The times are withdrawn.": "Le date sono state ritirate.",
    "Their reason: %(reason)s": "Motivo: %(reason)s",
    "This week: %(unit)s, by %(day)s": "Questa settimana: %(unit)s, entro %(day)s",
    "Thursday": "Gioved\u00ec",
    "Ticked off.": "Segnato come svolto.",
    "Times are in the %(zone)s time zone.": "Gli orari sono nel fuso orario %(zone)s.",
    "Times are proposed for the next meeting.": "Ci sono date proposte per il prossimo incontro.",
    "Times proposed for the next meeting": "Date proposte per il prossimo incontro",
    "Today": "Oggi",
    "Tomorrow": "Domani",
    "Tuesday": "Marted\u00ec",
    "Type into this box to filter down the list of available %s.": "Scrivi in questa casella per filtrare l'elenco dei %s disponibili.",
    "Type into this box to filter down the list of selected %s.": "Scrivi in questa casella per filtrare l'elenco dei %s selezionati.",
    "Units discussed": "Unit\u00e0 discusse",
    "Units due since the last meeting:": "Unit\u00e0 in scadenza dall'ultimo incontro:",
    "Units each colleague has worked through": "Unit\u00e0 svolte da ciascun collega",
    "Useful (undo)": "Utile (annulla)",
    "Visible to your group only.": "Visibile solo al tuo gruppo.",
    "Wednesday": "Mercoled\u00ec",
    "Welcome to the group!": "Ti diamo il benvenuto nel gruppo!",
    "What you said you would do": "I tuoi incarichi",
    "Who does it": "Chi se ne occupa",
    "Why, for %(name)s to read (optional)": "Motivo, che %(name)s potr\u00e0 leggere (facoltativo)",
    "Withdraw these times? The answers given so far will be lost.": "Vuoi ritirare queste date? Le risposte ricevute finora andranno perse.",
    "Withdraw this adaptation?": "Vuoi ritirare questo adattamento?",
    "Yesterday": "Ieri",
    "You are %(count)s unit behind the group's pace.": [
      "Sei indietro di %(count)s unit\u00e0 rispetto al ritmo del gruppo.",
      "Sei indietro di %(count)s unit\u00e0 rispetto al ritmo del gruppo."
    ],
    "You are ahead of the group's pace.": "Sei in anticipo rispetto al ritmo del gruppo.",
    "You are on track with the group's pace.": "Sei in pari con il ritmo del gruppo.",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "Hai chiesto di unirti al gruppo %(school)s in data %(date)s. I coordinatori ti risponderanno qui.",
    "You can ask another group, join one with a code or start your own.": "Puoi chiedere a un altro gruppo, unirti a un gruppo con un codice oppure crearne uno tuo.",
    "You have left the group.": "Hai lasciato il gruppo.",
    "You have selected an action, and you haven\u2019t made any changes on individual fields. You\u2019re probably looking for the Go button rather than the Save button.": "Hai selezionato un'azione e non hai ancora apportato alcuna modifica ai campi singoli. Probabilmente stai cercando il pulsante Vai, invece di Salva.",
    "You have selected an action, but you haven\u2019t saved your changes to individual fields yet. Please click OK to save. You\u2019ll need to re-run the action.": "Hai selezionato un'azione, ma non hai ancora salvato le modifiche apportate a campi singoli. Fai clic su OK per salvare. Poi dovrai rieseguire l'azione.",
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.": "Ci sono aggiornamenti non salvati su singoli campi modificabili. Se esegui un'azione, le modifiche non salvate andranno perse.",
    "You will get no more meeting e-mails from this course.": "Non riceverai pi\u00f9 e-mail sugli incontri di questo corso.",
    "You will get the group's meeting e-mails.": "Riceverai le e-mail sugli incontri del gruppo.",
    "Your answers are saved.": "Le tue risposte sono state salvate.",
    "Your group has not shared an adaptation of this unit yet.": "Il tuo gruppo non ha ancora condiviso adattamenti di questa unit\u00e0.",
    "Your group is ready. Invite colleagues with its join code.": "Il tuo gruppo \u00e8 pronto. Invita i colleghi con il suo codice di adesione.",
    "Your request is sent.": "La tua richiesta \u00e8 stata inviata.",
    "Your request is withdrawn.": "La tua richiesta \u00e8 stata ritirata.",
    "Your school is saved.": "La tua scuola \u00e8 stata salvata.",
    "a proposed meeting time, then how long it lasts\u0004%(start)s, %(duration)s": "%(start)s, %(duration)s",
    "a task is done\u0004Done": "Svolto",
    "a task is marked as not done again\u0004Reopened.": "Di nuovo da svolgere.",
    "a unit in a meeting's agenda, and the day it is due\u0004%(unit)s (by %(day)s)": "%(unit)s (entro %(day)s)",
    "abbrev. day Friday\u0004Fri": "Ven",
    "abbrev. day Monday\u0004Mon": "Lun",
    "abbrev. day Saturday\u0004Sat": "Sab",
    "abbrev. day Sunday\u0004Sun": "Dom",
    "abbrev. day Thursday\u0004Thur": "Gio",
    "abbrev. day Tuesday\u0004Tue": "Mar",
    "abbrev. day Wednesday\u0004Wed": "Mer",
    "abbrev. month April\u0004Apr": "Apr",
    "abbrev. month August\u0004Aug": "Ago",
    "abbrev. month December\u0004Dec": "Dic",
    "abbrev. month February\u0004Feb": "Feb",
    "abbrev. month January\u0004Jan": "Gen",
    "abbrev. month July\u0004Jul": "Lug",
    "abbrev. month June\u0004Jun": "Giu",
    "abbrev. month March\u0004Mar": "Mar",
    "abbrev. month May\u0004May": "Mag",
    "abbrev. month November\u0004Nov": "Nov",
    "abbrev. month October\u0004Oct": "Ott",
    "abbrev. month September\u0004Sep": "Set",
    "after the name of the person viewing the page\u0004(you)": "(tu)",
    "an answer to a proposed meeting time\u0004If need be": "Se necessario",
    "an answer to a proposed meeting time\u0004No": "No",
    "an answer to a proposed meeting time\u0004Yes": "S\u00ec",
    "an answer to a proposed meeting time, then who gave it\u0004%(answer)s: %(names)s": "%(answer)s: %(names)s",
    "asked on %(date)s": "richiesta in data %(date)s",
    "attendance confirmed by the member\u0004confirmed": "presenza confermata",
    "before the names of those at a meeting\u0004Present:": "Presenti:",
    "button\u0004Accept": "Accetta",
    "button\u0004Accept %(name)s": "Accetta %(name)s",
    "button\u0004Ask to join": "Chiedi di unirti",
    "button\u0004Ask to join %(school)s": "Chiedi di unirti al gruppo %(school)s",
    "button\u0004Cancel": "Annulla",
    "button\u0004Choose the times that suit you": "Scegli le date che ti vanno bene",
    "button\u0004Confirm I was there": "Conferma la mia presenza",
    "button\u0004Decline": "Rifiuta",
    "button\u0004Decline %(name)s": "Rifiuta %(name)s",
    "button\u0004Decline the request": "Rifiuta la richiesta",
    "button\u0004Delete": "Elimina",
    "button\u0004Delete \u201c%(title)s\u201d": "Elimina \u00ab%(title)s\u00bb",
    "button\u0004Edit": "Modifica",
    "button\u0004Edit \u201c%(title)s\u201d": "Modifica \u00ab%(title)s\u00bb",
    "button\u0004Hand over the coordinator role": "Passa il ruolo di coordinatore",
    "button\u0004Hide": "Nascondi",
    "button\u0004Hide from learners": "Nascondi ai corsisti",
    "button\u0004Hide these steps": "Nascondi questi passi",
    "button\u0004Join": "Unisciti",
    "button\u0004Join %(school)s": "Unisciti al gruppo %(school)s",
    "button\u0004Log this meeting": "Registra questo incontro",
    "button\u0004Make co-coordinator": "Nomina co-coordinatore",
    "button\u0004Mark as useful": "Segna come utile",
    "button\u0004Plan a meeting": "Pianifica un incontro",
    "button\u0004Plan the meeting at this time": "Pianifica l'incontro in questa data",
    "button\u0004Remove": "Rimuovi",
    "button\u0004Remove coordinator role": "Togli il ruolo di coordinatore",
    "button\u0004Remove this time": "Rimuovi questa data",
    "button\u0004Save my answers": "Salva le mie risposte",
    "button\u0004Send the request": "Invia la richiesta",
    "button\u0004Show again": "Mostra di nuovo",
    "button\u0004Show \u201c%(title)s\u201d again": "Mostra di nuovo \u00ab%(title)s\u00bb",
    "button\u0004Withdraw the request": "Ritira la richiesta",
    "button\u0004Withdraw these times": "Ritira queste date",
    "duration of a meeting\u0004%(count)s minute": [
      "%(count)s minuto",
      "%(count)s minuti"
    ],
    "form field label\u0004Date": "Data",
    "form field label\u0004Task": "Incarico",
    "instead of a name, in a list of people\u0004you": "tu",
    "message after an action\u0004Copied.": "Copiato.",
    "message after an action\u0004Done.": "Fatto.",
    "not yet": "non ancora",
    "one letter Friday\u0004F": "V",
    "one letter Monday\u0004M": "L",
    "one letter Saturday\u0004S": "S",
    "one letter Sunday\u0004S": "D",
    "one letter Thursday\u0004T": "G",
    "one letter Tuesday\u0004T": "Ma",
    "one letter Wednesday\u0004W": "Me",
    "one of the times proposed for a meeting, by its number\u0004Time %(number)s": "Data %(number)s",
    "people at a meeting who are not in the course\u0004%(count)s guest": [
      "%(count)s ospite",
      "%(count)s ospiti"
    ],
    "rhythm of a study group's pace\u0004One unit every week, from %(day)s.": [
      "Un'unit\u00e0 a settimana, a partire da %(day)s.",
      "Un'unit\u00e0 ogni %(count)s settimane, a partire da %(day)s."
    ],
    "role in a study group\u0004Coordinator": "Coordinatore",
    "shown while a change is being saved\u0004Working\u2026": "Salvataggio in corso\u2026",
    "standing against a study group's pace\u0004%(count)s unit behind": [
      "Indietro di %(count)s unit\u00e0",
      "Indietro di %(count)s unit\u00e0"
    ],
    "standing against a study group's pace\u0004Ahead": "In anticipo",
    "standing against a study group's pace\u0004On track": "In pari",
    "status of a study group\u0004By request": "Su richiesta",
    "status of a study group\u0004Full": "Al completo",
    "status of a study group\u0004Join with code only": "Solo con codice di adesione",
    "status of a study group\u0004Open": "Aperto",
    "table heading\u0004Agenda": "Ordine del giorno",
    "table heading\u0004Colleague": "Collega",
    "table heading\u0004Notes": "Note",
    "table heading\u0004Outcomes": "Esiti",
    "table heading\u0004Pace": "Ritmo",
    "table heading\u0004Topics": "Argomenti",
    "tasks agreed at a meeting\u0004Tasks": "Incarichi",
    "the answers to a proposed meeting time, counted\u0004Yes: %(yes)s \u00b7 If need be: %(if_need_be)s \u00b7 No: %(no)s": "S\u00ec: %(yes)s \u00b7 Se necessario: %(if_need_be)s \u00b7 No: %(no)s",
    "the day a member joined\u0004joined %(date)s": "ingresso: %(date)s",
    "the day a unit is due in the group's pace\u0004by %(day)s": "scadenza: %(day)s",
    "what a button does, then whom or what it is for: read by screen readers\u0004%(action)s: %(name)s": "%(action)s: %(name)s",
    "who does a task\u0004Anyone": "Chiunque",
    "worked through": "svolta",
    "\u2713 You have worked through this unit (undo)": "\u2713 Hai svolto questa unit\u00e0 (annulla)"
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
    "DATETIME_FORMAT": "l d F Y H:i",
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
      "%d-%m-%Y %H:%M:%S",
      "%d-%m-%Y %H:%M:%S.%f",
      "%d-%m-%Y %H:%M",
      "%d-%m-%y %H:%M:%S",
      "%d-%m-%y %H:%M:%S.%f",
      "%d-%m-%y %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "d F Y",
    "DATE_INPUT_FORMATS": [
      "%d/%m/%Y",
      "%Y/%m/%d",
      "%d-%m-%Y",
      "%Y-%m-%d",
      "%d-%m-%y",
      "%d/%m/%y"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j F",
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
    "YEAR_MONTH_FORMAT": "F Y"
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
        