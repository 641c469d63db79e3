
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
      "%(count)s collega vond dit nuttig",
      "%(count)s collega's vonden dit nuttig"
    ],
    "%(count)s colleague is behind: the progress board shows who.": [
      "%(count)s collega loopt achter: in de voortgangstabel zie je wie.",
      "%(count)s collega's lopen achter: in de voortgangstabel zie je wie."
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s van %(limit)s lid",
      "%(count)s van %(limit)s leden"
    ],
    "%(done)s of %(total)s first steps done.": "%(done)s van de %(total)s eerste stappen gedaan.",
    "%(name)s is now a member of the group.": "%(name)s is nu lid van de groep.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 werktaal: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "%(school)s heeft je deelnameverzoek afgewezen.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s in %(place)s heeft al een studiegroep (%(members)s). Vraag een collega uit de groep om de deelnamecode.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s in %(place)s heeft al een studiegroep (%(members)s). Wil je deelnemen om samen te leren?",
    "%(sel)s of %(cnt)s selected": [
      "%(sel)s van de %(cnt)s geselecteerd",
      "%(sel)s van de %(cnt)s geselecteerd"
    ],
    "%(total)s adaptation from other schools": [
      "%(total)s aanpassing van andere scholen",
      "%(total)s aanpassingen van andere scholen"
    ],
    "%(total)s group found": [
      "%(total)s groep gevonden",
      "%(total)s groepen gevonden"
    ],
    "%s selected option not visible": [
      "%s geselecteerde optie niet zichtbaar",
      "%s geselecteerde opties niet zichtbaar"
    ],
    "6 a.m.": "6 uur 's ochtends",
    "6 p.m.": "6 uur 's avonds",
    "A short message to the coordinators of %(school)s (optional)": "Een kort bericht aan de co\u00f6rdinatoren van %(school)s (optioneel)",
    "Adaptation pages": "Pagina's met aanpassingen",
    "Add to my calendar (.ics)": "Toevoegen aan mijn agenda (.ics)",
    "April": "april",
    "August": "augustus",
    "Available %s": "Beschikbare %s",
    "Cancel": "Annuleren",
    "Change the group's pace": "Schema van de groep wijzigen",
    "Changes saved.": "Wijzigingen opgeslagen.",
    "Choose": "Kiezen",
    "Choose a Date": "Kies een datum",
    "Choose a Time": "Kies een tijdstip",
    "Choose a time": "Kies een tijd",
    "Choose all": "Alle kiezen",
    "Chosen %s": "Gekozen %s",
    "Click to choose all %s at once.": "Klik om alle %s te kiezen.",
    "Click to remove all chosen %s at once.": "Klik om alle gekozen %s tegelijk te verwijderen.",
    "Colleagues asking to join": "Collega's die willen deelnemen",
    "Copying failed: select the code and copy it yourself.": "Kopi\u00ebren mislukt: selecteer de code en kopieer hem zelf.",
    "Could not reach the server. Check your connection and try again.": "De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.",
    "Course team view: %(count)s study group in this course.": [
      "Weergave voor het cursusteam: %(count)s studiegroep in deze cursus.",
      "Weergave voor het cursusteam: %(count)s studiegroepen in deze cursus."
    ],
    "December": "december",
    "Delete the meeting of %(when)s": "Bijeenkomst van %(when)s verwijderen",
    "Delete this meeting and its minutes?": "Deze bijeenkomst en het verslag ervan verwijderen?",
    "Duration in minutes": "Duur in minuten",
    "Edit the meeting of %(when)s": "Bijeenkomst van %(when)s bewerken",
    "Edit the minutes": "Verslag bewerken",
    "Edit the planned meeting": "Geplande bijeenkomst bewerken",
    "Edit your adaptation": "Je aanpassing bewerken",
    "Edited on %(date)s.": "Bewerkt op %(date)s.",
    "Every unit in the group's pace is due by now.": "Volgens het schema van de groep moeten alle eenheden nu doorgewerkt zijn.",
    "Everyone has answered.": "Iedereen heeft geantwoord.",
    "February": "februari",
    "Filter": "Filter",
    "Friday": "vrijdag",
    "Getting started as coordinator": "Aan de slag als co\u00f6rdinator",
    "Hidden by the course team: %(reason)s": "Verborgen door het cursusteam: %(reason)s",
    "Hide": "Verbergen",
    "Hold the meeting at school and log it": "Bijeenkomst op school houden en vastleggen",
    "I've worked through this unit": "Ik heb deze eenheid doorgewerkt",
    "Invite at least two colleagues with the join code": "Minstens twee collega's uitnodigen met de deelnamecode",
    "January": "januari",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Doe mee met onze studiegroep \u2018%(school)s\u2019 in deze cursus: open een eenheid met het onderdeel Studiegroep, kies \u2018Deelnemen met een code\u2019 en vul %(code)s in.",
    "July": "juli",
    "June": "juni",
    "Last edited by %(name)s on %(when)s.": "Laatst bewerkt door %(name)s op %(when)s.",
    "Leave this study group? Your meetings and adaptations stay with the group.": "Deze studiegroep verlaten? Je bijeenkomsten en aanpassingen blijven bij de groep.",
    "Log a meeting held at school": "Gehouden bijeenkomst op school vastleggen",
    "Logged by %(name)s.": "Vastgelegd door %(name)s.",
    "Make %(name)s the coordinator? You will become a member.": "%(name)s co\u00f6rdinator maken? Jij wordt dan lid.",
    "Make a new join code? The old code will stop working.": "Een nieuwe deelnamecode maken? De oude code werkt dan niet meer.",
    "March": "maart",
    "Mark a unit as worked through": "Een eenheid afvinken als doorgewerkt",
    "Marked as useful.": "Gemarkeerd als nuttig.",
    "Marked as worked through. Well done!": "Afgevinkt als doorgewerkt. Goed gedaan!",
    "May": "mei",
    "Meeting held on %(when)s": "Bijeenkomst gehouden op %(when)s",
    "Meeting planned for %(when)s": "Bijeenkomst gepland op %(when)s",
    "Midnight": "Middernacht",
    "Monday": "maandag",
    "More than %(total)s adaptations from other schools": "Meer dan %(total)s aanpassingen van andere scholen",
    "More than %(total)s groups found": "Meer dan %(total)s groepen gevonden",
    "Newer meetings": "Nieuwere bijeenkomsten",
    "Next meeting": "Volgende bijeenkomst",
    "Next page": "Volgende pagina",
    "No group matches yet. If your school has none, start one below.": "Nog geen groep gevonden. Heeft je school er nog geen? Start er dan hieronder een.",
    "No longer marked as useful.": "Niet meer gemarkeerd als nuttig.",
    "No longer marked as worked through.": "Niet meer afgevinkt als doorgewerkt.",
    "No meeting is planned yet.": "Er is nog geen bijeenkomst gepland.",
    "No meetings logged yet.": "Nog geen bijeenkomsten vastgelegd.",
    "Nobody was in the group on that day: check the date.": "Op die dag zat er niemand in de groep: controleer de datum.",
    "Noon": "12 uur 's middags",
    "Not answered yet: %(names)s": "Nog niet geantwoord: %(names)s",
    "Note: You are %s hour ahead of server time.": [
      "Let op: u ligt %s uur voor ten opzichte van de servertijd.",
      "Let op: u ligt %s uur voor ten opzichte van de servertijd."
    ],
    "Note: You are %s hour behind server time.": [
      "Let op: u ligt %s uur achter ten opzichte van de servertijd.",
      "Let op: u ligt %s uur achter ten opzichte van de servertijd."
    ],
    "November": "november",
    "Now": "Nu",
    "October": "oktober",
    "Older meetings": "Oudere bijeenkomsten",
    "Page %(page)s of %(pages)s": "Pagina %(page)s van %(pages)s",
    "Pages of the group's meetings": "Pagina's met bijeenkomsten van de groep",
    "Plan a meeting": "Bijeenkomst plannen",
    "Plan the first meeting": "Eerste bijeenkomst plannen",
    "Please answer by %(day)s.": "Geef uiterlijk op %(day)s je antwoord.",
    "Previous page": "Vorige pagina",
    "Print the group's evidence report": "Bewijsoverzicht van de groep afdrukken",
    "Proposed by %(name)s.": "Voorgesteld door %(name)s.",
    "Proposed by you.": "Voorgesteld door jou.",
    "Reason, shown to the author": "Reden (zichtbaar voor de auteur)",
    "Remove": "Verwijderen",
    "Remove %(name)s from the group? Their meetings and adaptations stay with the group.": "%(name)s uit de groep verwijderen? De bijeenkomsten en aanpassingen van deze collega blijven bij de groep.",
    "Remove all": "Alle verwijderen",
    "Remove the group's pace? Each unit's date will be lost.": "Het schema van de groep verwijderen? De datum van elke eenheid gaat dan verloren.",
    "Remove this task": "Deze taak verwijderen",
    "Saturday": "zaterdag",
    "Search result pages": "Pagina's met zoekresultaten",
    "September": "september",
    "Set the group's pace": "Schema van de groep instellen",
    "Share how your group adapted a unit": "Delen hoe je groep een eenheid heeft aangepast",
    "Share how your group adapted this unit": "Delen hoe je groep deze eenheid heeft aangepast",
    "Shared by %(name)s.": "Gedeeld door %(name)s.",
    "Show": "Tonen",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Er is iets misgegaan. Probeer het opnieuw; gebeurt het weer, vernieuw dan de pagina.",
    "Start time": "Begintijd",
    "Suits the most colleagues so far": "Komt tot nu toe de meeste collega's het best uit",
    "Sunday": "zondag",
    "Tasks still open from the last meeting:": "Openstaande taken van de vorige bijeenkomst:",
    "Thank you for sharing.": "Bedankt voor het delen.",
    "Thank you: your attendance is confirmed.": "Bedankt: je aanwezigheid is bevestigd.",
    "The adaptation is hidden from learners.": "De aanpassing is verborgen voor cursisten.",
    "The adaptation is visible again.": "De aanpassing is weer zichtbaar.",
    "The adaptation was withdrawn.": "De aanpassing is ingetrokken.",
    "The group has a new join code.": "De groep heeft een nieuwe deelnamecode.",
    "The group's pace": "Schema van de groep",
    "The group's pace is removed.": "Het schema van de groep is verwijderd.",
    "The group's pace is saved.": "Het schema van de groep is opgeslagen.",
    "The group's pace starts on %(start)s: %(unit)s first, by %(day)s.": "Het schema van de groep begint op %(start)s: eerst %(unit)s, uiterlijk %(day)s.",
    "The meeting is logged.": "De bijeenkomst is vastgelegd.",
    "The meeting is planned at the time you chose.": "De bijeenkomst is gepland op het tijdstip dat je hebt gekozen.",
    "The meeting is planned.": "De bijeenkomst is gepland.",
    "The meeting was deleted.": "De bijeenkomst is verwijderd.",
    "The request is declined.": "Het verzoek is afgewezen.",
    "The steps are hidden. The sections below hold everything.": "De stappen zijn verborgen. Je vindt alles ook hieronder.",
    "The times are proposed: your colleagues can answer now.": "De tijdstippen zijn voorgesteld: je collega's kunnen nu antwoorden.",
    "The times are withdrawn.": "De tijdstippen zijn ingetrokken.",
    "Their reason: %(reason)s": "Reden: %(reason)s",
    "This is the list of available %s. You may choose some by selecting them in the box below and then clicking the \"Choose\" arrow between the two boxes.": "Dit is de lijst met beschikbare %s. U kunt er een aantal kiezen door ze in het vak hieronder te selecteren en daarna op de pijl 'Kiezen' tussen de twee vakken te klikken.",
    "This is the list of chosen %s. You may remove some by selecting them in the box below and then clicking the \"Remove\" arrow between the two boxes.": "Dit is de lijst met gekozen %s. U kunt er een aantal verwijderen door ze in het vak hieronder te selecteren en daarna op de pijl 'Verwijderen' tussen de twee vakken te klikken.",
    "This week: %(unit)s, by %(day)s": "Deze week: %(unit)s, uiterlijk %(day)s",
    "Thursday": "donderdag",
    "Ticked off.": "Afgevinkt.",
    "Times are in the %(zone)s time zone.": "Tijden staan in de tijdzone %(zone)s.",
    "Times are proposed for the next meeting.": "Er zijn tijdstippen voorgesteld voor de volgende bijeenkomst.",
    "Times proposed for the next meeting": "Voorgestelde tijdstippen voor de volgende bijeenkomst",
    "Today": "Vandaag",
    "Tomorrow": "Morgen",
    "Tuesday": "dinsdag",
    "Type into this box to filter down the list of available %s.": "Typ in dit vak om de lijst met beschikbare %s te filteren.",
    "Type into this box to filter down the list of selected %s.": "Typ in dit vak om de lijst met geselecteerde %s te filteren.",
    "Units discussed": "Besproken eenheden",
    "Units due since the last meeting:": "Eenheden die sinds de vorige bijeenkomst doorgewerkt moesten zijn:",
    "Units each colleague has worked through": "Eenheden die elke collega heeft doorgewerkt",
    "Useful (undo)": "Nuttig (ongedaan maken)",
    "Visible to your group only.": "Alleen zichtbaar voor je groep.",
    "Wednesday": "woensdag",
    "Welcome to the group!": "Welkom in de groep!",
    "What you said you would do": "Wat je hebt toegezegd",
    "Who does it": "Wie doet het",
    "Why, for %(name)s to read (optional)": "Reden (zichtbaar voor %(name)s, optioneel)",
    "Withdraw these times? The answers given so far will be lost.": "Deze tijdstippen intrekken? De antwoorden die al zijn gegeven, gaan dan verloren.",
    "Withdraw this adaptation?": "Deze aanpassing intrekken?",
    "Yesterday": "Gisteren",
    "You are %(count)s unit behind the group's pace.": [
      "Je loopt %(count)s eenheid achter op het schema van de groep.",
      "Je loopt %(count)s eenheden achter op het schema van de groep."
    ],
    "You are ahead of the group's pace.": "Je loopt voor op het schema van de groep.",
    "You are on track with the group's pace.": "Je ligt op schema met de groep.",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "Je hebt op %(date)s gevraagd om deel te nemen aan %(school)s. De co\u00f6rdinatoren van de groep geven hier antwoord.",
    "You can ask another group, join one with a code or start your own.": "Je kunt het aan een andere groep vragen, deelnemen met een code of zelf een groep starten.",
    "You have left the group.": "Je hebt de groep verlaten.",
    "You have selected an action, and you haven\u2019t made any changes on individual fields. You\u2019re probably looking for the Go button rather than the Save button.": "U hebt een actie geselecteerd, en geen wijzigingen in afzonderlijke velden aangebracht. Waarschijnlijk zoekt u de knop Gaan in plaats van de knop Opslaan.",
    "You have selected an action, but you haven\u2019t saved your changes to individual fields yet. Please click OK to save. You\u2019ll need to re-run the action.": "U hebt een actie geselecteerd, maar uw wijzigingen in afzonderlijke velden nog niet opgeslagen. Klik op OK om deze op te slaan. U dient de actie opnieuw uit te voeren.",
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.": "U hebt niet-opgeslagen wijzigingen op afzonderlijke bewerkbare velden. Als u een actie uitvoert, gaan uw wijzigingen verloren.",
    "You will get no more meeting e-mails from this course.": "Je krijgt geen e-mails over bijeenkomsten meer uit deze cursus.",
    "You will get the group's meeting e-mails.": "Je krijgt de e-mails over de bijeenkomsten van de groep.",
    "Your answers are saved.": "Je antwoorden zijn opgeslagen.",
    "Your group has not shared an adaptation of this unit yet.": "Je groep heeft nog geen aanpassing van deze eenheid gedeeld.",
    "Your group is ready. Invite colleagues with its join code.": "Je groep is klaar. Nodig collega's uit met de deelnamecode.",
    "Your request is sent.": "Je verzoek is verstuurd.",
    "Your request is withdrawn.": "Je verzoek is ingetrokken.",
    "Your school is saved.": "Je school is opgeslagen.",
    "a proposed meeting time, then how long it lasts\u0004%(start)s, %(duration)s": "%(start)s, %(duration)s",
    "a task is done\u0004Done": "Gedaan",
    "a task is marked as not done again\u0004Reopened.": "Weer open.",
    "a unit in a meeting's agenda, and the day it is due\u0004%(unit)s (by %(day)s)": "%(unit)s (uiterlijk %(day)s)",
    "abbrev. day Friday\u0004Fri": "vr",
    "abbrev. day Monday\u0004Mon": "ma",
    "abbrev. day Saturday\u0004Sat": "za",
    "abbrev. day Sunday\u0004Sun": "zo",
    "abbrev. day Thursday\u0004Thur": "do",
    "abbrev. day Tuesday\u0004Tue": "di",
    "abbrev. day Wednesday\u0004Wed": "wo",
    "abbrev. month April\u0004Apr": "apr",
    "abbrev. month August\u0004Aug": "aug",
    "abbrev. month December\u0004Dec": "dec",
    "abbrev. month February\u0004Feb": "feb",
    "abbrev. month January\u0004Jan": "jan",
    "abbrev. month July\u0004Jul": "jul",
    "abbrev. month June\u0004Jun": "jun",
    "abbrev. month March\u0004Mar": "mrt",
    "abbrev. month May\u0004May": "mei",
    "abbrev. month November\u0004Nov": "nov",
    "abbrev. month October\u0004Oct": "okt",
    "abbrev. month September\u0004Sep": "sep",
    "after the name of the person viewing the page\u0004(you)": "(jij)",
    "an answer to a proposed meeting time\u0004If need be": "Indien nodig",
    "an answer to a proposed meeting time\u0004No": "Nee",
    "an answer to a proposed meeting time\u0004Yes": "Ja",
    "an answer to a proposed meeting time, then who gave it\u0004%(answer)s: %(names)s": "%(answer)s: %(names)s",
    "asked on %(date)s": "aangevraagd op %(date)s",
    "attendance confirmed by the member\u0004confirmed": "bevestigd",
    "before the names of those at a meeting\u0004Present:": "Aanwezig:",
    "button\u0004Accept": "Accepteren",
    "button\u0004Accept %(name)s": "%(name)s accepteren",
    "button\u0004Ask to join": "Deelname aanvragen",
    "button\u0004Ask to join %(school)s": "Deelname aan %(school)s aanvragen",
    "button\u0004Cancel": "Annuleren",
    "button\u0004Choose the times that suit you": "Tijdstippen kiezen die je goed uitkomen",
    "button\u0004Confirm I was there": "Mijn aanwezigheid bevestigen",
    "button\u0004Decline": "Afwijzen",
    "button\u0004Decline %(name)s": "%(name)s afwijzen",
    "button\u0004Decline the request": "Verzoek afwijzen",
    "button\u0004Delete": "Verwijderen",
    "button\u0004Delete \u201c%(title)s\u201d": "\u2018%(title)s\u2019 verwijderen",
    "button\u0004Edit": "Bewerken",
    "button\u0004Edit \u201c%(title)s\u201d": "\u2018%(title)s\u2019 bewerken",
    "button\u0004Hand over the coordinator role": "Co\u00f6rdinatorrol overdragen",
    "button\u0004Hide": "Verbergen",
    "button\u0004Hide from learners": "Verbergen voor cursisten",
    "button\u0004Hide these steps": "Deze stappen verbergen",
    "button\u0004Join": "Deelnemen",
    "button\u0004Join %(school)s": "Deelnemen aan %(school)s",
    "button\u0004Log this meeting": "Deze bijeenkomst vastleggen",
    "button\u0004Make co-coordinator": "Co-co\u00f6rdinator maken",
    "button\u0004Mark as useful": "Markeren als nuttig",
    "button\u0004Plan a meeting": "Bijeenkomst plannen",
    "button\u0004Plan the meeting at this time": "Bijeenkomst op dit tijdstip plannen",
    "button\u0004Remove": "Verwijderen",
    "button\u0004Remove coordinator role": "Co\u00f6rdinatorrol intrekken",
    "button\u0004Remove this time": "Dit tijdstip verwijderen",
    "button\u0004Save my answers": "Mijn antwoorden opslaan",
    "button\u0004Send the request": "Verzoek versturen",
    "button\u0004Show again": "Weer tonen",
    "button\u0004Show \u201c%(title)s\u201d again": "\u2018%(title)s\u2019 weer tonen",
    "button\u0004Withdraw the request": "Verzoek intrekken",
    "button\u0004Withdraw these times": "Deze tijdstippen intrekken",
    "duration of a meeting\u0004%(count)s minute": [
      "%(count)s minuut",
      "%(count)s minuten"
    ],
    "form field label\u0004Date": "Datum",
    "form field label\u0004Task": "Taak",
    "instead of a name, in a list of people\u0004you": "jij",
    "message after an action\u0004Copied.": "Gekopieerd.",
    "message after an action\u0004Done.": "Gelukt.",
    "not yet": "nog niet",
    "one letter Friday\u0004F": "V",
    "one letter Monday\u0004M": "M",
    "one letter Saturday\u0004S": "Z",
    "one letter Sunday\u0004S": "Z",
    "one letter Thursday\u0004T": "D",
    "one letter Tuesday\u0004T": "D",
    "one letter Wednesday\u0004W": "W",
    "one of the times proposed for a meeting, by its number\u0004Time %(number)s": "Tijdstip %(number)s",
    "people at a meeting who are not in the course\u0004%(count)s guest": [
      "%(count)s gast",
      "%(count)s gasten"
    ],
    "rhythm of a study group's pace\u0004One unit every week, from %(day)s.": [
      "E\u00e9n eenheid per week, vanaf %(day)s.",
      "E\u00e9n eenheid om de %(count)s weken, vanaf %(day)s."
    ],
    "role in a study group\u0004Coordinator": "Co\u00f6rdinator",
    "shown while a change is being saved\u0004Working\u2026": "Bezig\u2026",
    "standing against a study group's pace\u0004%(count)s unit behind": [
      "%(count)s eenheid achter",
      "%(count)s eenheden achter"
    ],
    "standing against a study group's pace\u0004Ahead": "Voor op schema",
    "standing against a study group's pace\u0004On track": "Op schema",
    "status of a study group\u0004By request": "Op verzoek",
    "status of a study group\u0004Full": "Vol",
    "status of a study group\u0004Join with code only": "Alleen met deelnamecode",
    "status of a study group\u0004Open": "Open",
    "table heading\u0004Agenda": "Agenda",
    "table heading\u0004Colleague": "Collega",
    "table heading\u0004Notes": "Aantekeningen",
    "table heading\u0004Outcomes": "Uitkomsten",
    "table heading\u0004Pace": "Schema",
    "table heading\u0004Topics": "Onderwerpen",
    "tasks agreed at a meeting\u0004Tasks": "Taken",
    "the answers to a proposed meeting time, counted\u0004Yes: %(yes)s \u00b7 If need be: %(if_need_be)s \u00b7 No: %(no)s": "Ja: %(yes)s \u00b7 Indien nodig: %(if_need_be)s \u00b7 Nee: %(no)s",
    "the day a member joined\u0004joined %(date)s": "lid sinds %(date)s",
    "the day a unit is due in the group's pace\u0004by %(day)s": "uiterlijk %(day)s",
    "what a button does, then whom or what it is for: read by screen readers\u0004%(action)s: %(name)s": "%(action)s: %(name)s",
    "who does a task\u0004Anyone": "Iedereen",
    "worked through": "doorgewerkt",
    "\u2713 You have worked through this unit (undo)": "\u2713 Je hebt deze eenheid doorgewerkt (ongedaan maken)"
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
    "DATETIME_FORMAT": "j F Y H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d-%m-%Y %H:%M:%S",
      "%d-%m-%y %H:%M:%S",
      "%Y-%m-%d %H:%M:%S",
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%y %H:%M:%S",
      "%Y/%m/%d %H:%M:%S",
      "%d-%m-%Y %H:%M:%S.%f",
      "%d-%m-%y %H:%M:%S.%f",
      "%Y-%m-%d %H:%M:%S.%f",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%y %H:%M:%S.%f",
      "%Y/%m/%d %H:%M:%S.%f",
      "%d-%m-%Y %H.%M:%S",
      "%d-%m-%y %H.%M:%S",
      "%d/%m/%Y %H.%M:%S",
      "%d/%m/%y %H.%M:%S",
      "%d-%m-%Y %H.%M:%S.%f",
      "%d-%m-%y %H.%M:%S.%f",
      "%d/%m/%Y %H.%M:%S.%f",
      "%d/%m/%y %H.%M:%S.%f",
      "%d-%m-%Y %H:%M",
      "%d-%m-%y %H:%M",
      "%Y-%m-%d %H:%M",
      "%d/%m/%Y %H:%M",
      "%d/%m/%y %H:%M",
      "%Y/%m/%d %H:%M",
      "%d-%m-%Y %H.%M",
      "%d-%m-%y %H.%M",
      "%d/%m/%Y %H.%M",
      "%d/%m/%y %H.%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j F Y",
    "DATE_INPUT_FORMATS": [
      "%d-%m-%Y",
      "%d-%m-%y",
      "%d/%m/%Y",
      "%d/%m/%y",
      "%Y/%m/%d",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "j-n-Y H:i",
    "SHORT_DATE_FORMAT": "j-n-Y",
    "THOUSAND_SEPARATOR": ".",
    "TIME_FORMAT": "H:i",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H.%M:%S",
      "%H.%M:%S.%f",
      "%H.%M",
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
        