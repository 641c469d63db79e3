
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
      "%(count)s Lehrkraft fand das n\u00fctzlich",
      "%(count)s Lehrkr\u00e4fte fanden das n\u00fctzlich"
    ],
    "%(count)s colleague is behind: the progress board shows who.": [
      "%(count)s Mitglied der Gruppe ist im R\u00fcckstand: Die Fortschritts\u00fcbersicht zeigt, wer.",
      "%(count)s Mitglieder der Gruppe sind im R\u00fcckstand: Die Fortschritts\u00fcbersicht zeigt, wer."
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s von %(limit)s Mitglied",
      "%(count)s von %(limit)s Mitgliedern"
    ],
    "%(done)s of %(total)s first steps done.": "%(done)s von %(total)s ersten Schritten erledigt.",
    "%(name)s is now a member of the group.": "%(name)s ist jetzt Mitglied der Gruppe.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 Arbeitssprache: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "Die Gruppe %(school)s hat Ihre Beitrittsanfrage abgelehnt.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s in %(place)s hat bereits eine Fortbildungsgruppe (%(members)s). Fragen Sie ein Mitglied dieser Gruppe nach dem Beitrittscode.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s in %(place)s hat bereits eine Fortbildungsgruppe (%(members)s). M\u00f6chten Sie ihr beitreten und gemeinsam lernen?",
    "%(sel)s of %(cnt)s selected": [
      "%(sel)s von %(cnt)s ausgew\u00e4hlt",
      "%(sel)s von %(cnt)s ausgew\u00e4hlt"
    ],
    "%(total)s adaptation from other schools": [
      "%(total)s Anpassung anderer Schulen",
      "%(total)s Anpassungen anderer Schulen"
    ],
    "%(total)s group found": [
      "%(total)s Gruppe gefunden",
      "%(total)s Gruppen gefunden"
    ],
    "%s selected option not visible": [
      "%s ausgew\u00e4hlte Option nicht sichtbar",
      "%s ausgew\u00e4hlte Optionen nicht sichtbar"
    ],
    "6 a.m.": "6 Uhr",
    "6 p.m.": "18 Uhr",
    "A short message to the coordinators of %(school)s (optional)": "Kurze Nachricht an die Koordination der Gruppe %(school)s (optional)",
    "Adaptation pages": "Seiten der Anpassungen",
    "Add to my calendar (.ics)": "Zu meinem Kalender hinzuf\u00fcgen (.ics)",
    "April": "April",
    "August": "August",
    "Available %s": "Verf\u00fcgbare %s",
    "Cancel": "Abbrechen",
    "Change the group's pace": "Zeitplan der Gruppe \u00e4ndern",
    "Changes saved.": "\u00c4nderungen gespeichert.",
    "Choose": "Ausw\u00e4hlen",
    "Choose a Date": "Datum w\u00e4hlen",
    "Choose a Time": "Uhrzeit w\u00e4hlen",
    "Choose a time": "Uhrzeit",
    "Choose all": "Alle ausw\u00e4hlen",
    "Chosen %s": "Ausgew\u00e4hlte %s",
    "Click to choose all %s at once.": "Klicken, um alle %s auf einmal auszuw\u00e4hlen.",
    "Click to remove all chosen %s at once.": "Klicken, um alle ausgew\u00e4hlten %s auf einmal zu entfernen.",
    "Colleagues asking to join": "Beitrittsanfragen von Kolleginnen und Kollegen",
    "Copying failed: select the code and copy it yourself.": "Kopieren fehlgeschlagen: Markieren Sie den Code und kopieren Sie ihn selbst.",
    "Could not reach the server. Check your connection and try again.": "Der Server ist nicht erreichbar. Pr\u00fcfen Sie Ihre Verbindung und versuchen Sie es noch einmal.",
    "Course team view: %(count)s study group in this course.": [
      "Ansicht f\u00fcr das Kursteam: %(count)s Fortbildungsgruppe in diesem Kurs.",
      "Ansicht f\u00fcr das Kursteam: %(count)s Fortbildungsgruppen in diesem Kurs."
    ],
    "December": "Dezember",
    "Delete the meeting of %(when)s": "Treffen vom %(when)s l\u00f6schen",
    "Delete this meeting and its minutes?": "Dieses Treffen und sein Protokoll l\u00f6schen?",
    "Duration in minutes": "Dauer in Minuten",
    "Edit the meeting of %(when)s": "Treffen vom %(when)s bearbeiten",
    "Edit the minutes": "Protokoll bearbeiten",
    "Edit the planned meeting": "Geplantes Treffen bearbeiten",
    "Edit your adaptation": "Ihre Anpassung bearbeiten",
    "Edited on %(date)s.": "Bearbeitet am %(date)s.",
    "Every unit in the group's pace is due by now.": "Laut Zeitplan der Gruppe sollten inzwischen alle Einheiten durchgearbeitet sein.",
    "Everyone has answered.": "Alle haben geantwortet.",
    "February": "Februar",
    "Filter": "Filter",
    "Friday": "Freitag",
    "Getting started as coordinator": "Erste Schritte in der Koordination",
    "Hidden by the course team: %(reason)s": "Vom Kursteam ausgeblendet: %(reason)s",
    "Hide": "Ausblenden",
    "Hold the meeting at school and log it": "Treffen in der Schule durchf\u00fchren und protokollieren",
    "I've worked through this unit": "Ich habe diese Einheit durchgearbeitet",
    "Invite at least two colleagues with the join code": "Mindestens zwei Kolleginnen oder Kollegen mit dem Beitrittscode einladen",
    "January": "Januar",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Treten Sie unserer Fortbildungsgruppe \u201e%(school)s\u201c in diesem Kurs bei: \u00d6ffnen Sie eine beliebige Einheit mit Fortbildungsgruppe, w\u00e4hlen Sie \u201eMit Code beitreten\u201c und geben Sie %(code)s ein.",
    "July": "Juli",
    "June": "Juni",
    "Last edited by %(name)s on %(when)s.": "Zuletzt bearbeitet von %(name)s am %(when)s.",
    "Leave this study group? Your meetings and adaptations stay with the group.": "Diese Fortbildungsgruppe verlassen? Ihre Treffen und Anpassungen bleiben in der Gruppe.",
    "Log a meeting held at school": "Treffen in der Schule protokollieren",
    "Logged by %(name)s.": "Protokolliert von %(name)s.",
    "Make %(name)s the coordinator? You will become a member.": "Die Koordination an %(name)s \u00fcbergeben? Sie selbst sind dann normales Mitglied.",
    "Make a new join code? The old code will stop working.": "Neuen Beitrittscode erstellen? Der alte Code gilt dann nicht mehr.",
    "March": "M\u00e4rz",
    "Mark a unit as worked through": "Eine Einheit als durchgearbeitet markieren",
    "Marked as useful.": "Als n\u00fctzlich markiert.",
    "Marked as worked through. Well done!": "Als durchgearbeitet markiert. Gut gemacht!",
    "May": "Mai",
    "Meeting held on %(when)s": "Treffen vom %(when)s",
    "Meeting planned for %(when)s": "Geplantes Treffen am %(when)s",
    "Midnight": "Mitternacht",
    "Monday": "Montag",
    "More than %(total)s adaptations from other schools": "Mehr als %(total)s Anpassungen anderer Schulen",
    "More than %(total)s groups found": "Mehr als %(total)s Gruppen gefunden",
    "Newer meetings": "Neuere Treffen",
    "Next meeting": "N\u00e4chstes Treffen",
    "Next page": "N\u00e4chste Seite",
    "No group matches yet. If your school has none, start one below.": "Noch keine passende Gruppe. Wenn Ihre Schule noch keine hat, gr\u00fcnden Sie unten eine.",
    "No longer marked as useful.": "Nicht mehr als n\u00fctzlich markiert.",
    "No longer marked as worked through.": "Nicht mehr als durchgearbeitet markiert.",
    "No meeting is planned yet.": "Noch kein Treffen geplant.",
    "No meetings logged yet.": "Noch keine Treffen protokolliert.",
    "Nobody was in the group on that day: check the date.": "An diesem Tag war niemand in der Gruppe: Pr\u00fcfen Sie das Datum.",
    "Noon": "Mittag",
    "Not answered yet: %(names)s": "Noch nicht geantwortet: %(names)s",
    "Note: You are %s hour ahead of server time.": [
      "Achtung: Sie sind %s Stunde der Serverzeit vorraus.",
      "Achtung: Sie sind %s Stunden der Serverzeit vorraus."
    ],
    "Note: You are %s hour behind server time.": [
      "Achtung: Sie sind %s Stunde hinter der Serverzeit.",
      "Achtung: Sie sind %s Stunden hinter der Serverzeit."
    ],
    "November": "November",
    "Now": "Jetzt",
    "October": "Oktober",
    "Older meetings": "\u00c4ltere Treffen",
    "Page %(page)s of %(pages)s": "Seite %(page)s von %(pages)s",
    "Pages of the group's meetings": "Seiten der Treffen der Gruppe",
    "Plan a meeting": "Treffen planen",
    "Plan the first meeting": "Erstes Treffen planen",
    "Please answer by %(day)s.": "Antworten Sie bis zum %(day)s.",
    "Previous page": "Vorherige Seite",
    "Print the group's evidence report": "T\u00e4tigkeitsbericht der Gruppe drucken",
    "Proposed by %(name)s.": "Vorgeschlagen von %(name)s.",
    "Proposed by you.": "Von Ihnen vorgeschlagen.",
    "Reason, shown to the author": "Begr\u00fcndung (sichtbar f\u00fcr die Person, die die Anpassung geteilt hat)",
    "Remove": "Entfernen",
    "Remove %(name)s from the group? Their meetings and adaptations stay with the group.": "%(name)s aus der Gruppe entfernen? Die Treffen und Anpassungen dieser Person bleiben in der Gruppe.",
    "Remove all": "Alle entfernen",
    "Remove the group's pace? Each unit's date will be lost.": "Den Zeitplan der Gruppe entfernen? Das Datum jeder Einheit geht dabei verloren.",
    "Remove this task": "Diese Aufgabe entfernen",
    "Saturday": "Samstag",
    "Search result pages": "Seiten der Suchergebnisse",
    "September": "September",
    "Set the group's pace": "Zeitplan der Gruppe festlegen",
    "Share how your group adapted a unit": "Teilen, wie Ihre Gruppe eine Einheit angepasst hat",
    "Share how your group adapted this unit": "Teilen, wie Ihre Gruppe diese Einheit angepasst hat",
    "Shared by %(name)s.": "Geteilt von %(name)s.",
    "Show": "Einblenden",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Etwas ist schiefgelaufen. Bitte versuchen Sie es noch einmal; wenn der Fehler wieder auftritt, laden Sie die Seite neu.",
    "Start time": "Beginn",
    "Suits the most colleagues so far": "Passt bisher den meisten",
    "Sunday": "Sonntag",
    "Tasks still open from the last meeting:": "Offene Aufgaben vom letzten Treffen:",
    "Thank you for sharing.": "Vielen Dank f\u00fcrs Teilen.",
    "Thank you: your attendance is confirmed.": "Danke! Ihre Teilnahme ist best\u00e4tigt.",
    "The adaptation is hidden from learners.": "Die Anpassung ist im Kurs ausgeblendet.",
    "The adaptation is visible again.": "Die Anpassung ist wieder sichtbar.",
    "The adaptation was withdrawn.": "Die Anpassung wurde zur\u00fcckgezogen.",
    "The group has a new join code.": "Die Gruppe hat einen neuen Beitrittscode.",
    "The group's pace": "Zeitplan der Gruppe",
    "The group's pace is removed.": "Der Zeitplan der Gruppe wurde entfernt.",
    "The group's pace is saved.": "Der Zeitplan der Gruppe ist gespeichert.",
    "The group's pace starts on %(start)s: %(unit)s first, by %(day)s.": "Der Zeitplan der Gruppe beginnt am %(start)s: zuerst %(unit)s, bis %(day)s.",
    "The meeting is logged.": "Das Treffen ist protokolliert.",
    "The meeting is planned at the time you chose.": "Das Treffen ist zum gew\u00e4hlten Termin geplant.",
    "The meeting is planned.": "Das Treffen ist geplant.",
    "The meeting was deleted.": "Das Treffen wurde gel\u00f6scht.",
    "The request is declined.": "Die Anfrage wurde abgelehnt.",
    "The steps are hidden. The sections below hold everything.": "Die Schritte sind ausgeblendet. Alles Weitere finden Sie in den Bereichen darunter.",
    "The times are proposed: your colleagues can answer now.": "Die Termine sind vorgeschlagen: Ihre Kolleginnen und Kollegen k\u00f6nnen jetzt antworten.",
    "The times are withdrawn.": "Die Terminvorschl\u00e4ge wurden zur\u00fcckgezogen.",
    "Their reason: %(reason)s": "Begr\u00fcndung: %(reason)s",
    "This is the list of available %s. You may choose some by selecting them in the box below and then clicking the \"Choose\" arrow between the two boxes.": "Dies ist die Liste der verf\u00fcgbaren %s. Einfach im unten stehenden Feld markieren und mithilfe des \u201eAusw\u00e4hlen\u201c-Pfeils ausw\u00e4hlen.",
    "This is the list of chosen %s. You may remove some by selecting them in the box below and then clicking the \"Remove\" arrow between the two boxes.": "Dies ist die Liste der ausgew\u00e4hlten %s. Einfach im unten stehenden Feld markieren und mithilfe des \u201eEntfernen\u201c-Pfeils wieder entfernen.",
    "This week: %(unit)s, by %(day)s": "Diese Woche: %(unit)s, bis %(day)s",
    "Thursday": "Donnerstag",
    "Ticked off.": "Abgehakt.",
    "Times are in the %(zone)s time zone.": "Alle Uhrzeiten in der Zeitzone %(zone)s.",
    "Times are proposed for the next meeting.": "F\u00fcr das n\u00e4chste Treffen gibt es Terminvorschl\u00e4ge.",
    "Times proposed for the next meeting": "Terminvorschl\u00e4ge f\u00fcr das n\u00e4chste Treffen",
    "Today": "Heute",
    "Tomorrow": "Morgen",
    "Tuesday": "Dienstag",
    "Type into this box to filter down the list of available %s.": "Durch Eingabe in diesem Feld l\u00e4sst sich die Liste der verf\u00fcgbaren %s eingrenzen.",
    "Type into this box to filter down the list of selected %s.": "In diesem Feld tippen, um die Liste der ausgew\u00e4hlten %s einzuschr\u00e4nken.",
    "Units discussed": "Besprochene Einheiten",
    "Units due since the last meeting:": "Seit dem letzten Treffen f\u00e4llige Einheiten:",
    "Units each colleague has worked through": "Von jedem Mitglied durchgearbeitete Einheiten",
    "Useful (undo)": "N\u00fctzlich (r\u00fcckg\u00e4ngig machen)",
    "Visible to your group only.": "Nur f\u00fcr Ihre Gruppe sichtbar.",
    "Wednesday": "Mittwoch",
    "Welcome to the group!": "Willkommen in der Gruppe!",
    "What you said you would do": "Was Sie \u00fcbernommen haben",
    "Who does it": "Zust\u00e4ndig",
    "Why, for %(name)s to read (optional)": "Begr\u00fcndung f\u00fcr %(name)s (optional)",
    "Withdraw these times? The answers given so far will be lost.": "Diese Terminvorschl\u00e4ge zur\u00fcckziehen? Die bisherigen Antworten gehen dabei verloren.",
    "Withdraw this adaptation?": "Diese Anpassung zur\u00fcckziehen?",
    "Yesterday": "Gestern",
    "You are %(count)s unit behind the group's pace.": [
      "Sie sind gegen\u00fcber dem Zeitplan der Gruppe %(count)s Einheit im R\u00fcckstand.",
      "Sie sind gegen\u00fcber dem Zeitplan der Gruppe %(count)s Einheiten im R\u00fcckstand."
    ],
    "You are ahead of the group's pace.": "Sie sind dem Zeitplan der Gruppe voraus.",
    "You are on track with the group's pace.": "Sie liegen im Zeitplan der Gruppe.",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "Sie haben am %(date)s den Beitritt zur Gruppe %(school)s angefragt. Die Koordination der Gruppe antwortet Ihnen hier.",
    "You can ask another group, join one with a code or start your own.": "Sie k\u00f6nnen bei einer anderen Gruppe anfragen, einer Gruppe mit Code beitreten oder eine eigene Gruppe gr\u00fcnden.",
    "You have left the group.": "Sie haben die Gruppe verlassen.",
    "You have selected an action, and you haven\u2019t made any changes on individual fields. You\u2019re probably looking for the Go button rather than the Save button.": "Sie haben eine Aktion ausgew\u00e4hlt, aber keine \u00c4nderungen an bearbeitbaren Feldern vorgenommen. Sie wollten wahrscheinlich auf \u201eAusf\u00fchren\u201c und nicht auf \u201eSpeichern\u201c klicken.",
    "You have selected an action, but you haven\u2019t saved your changes to individual fields yet. Please click OK to save. You\u2019ll need to re-run the action.": "Sie haben eine Aktion ausgew\u00e4hlt, aber Ihre vorgenommenen \u00c4nderungen nicht gespeichert. Klicken Sie OK, um dennoch zu speichern. Danach m\u00fcssen Sie die Aktion erneut ausf\u00fchren.",
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.": "Sie haben \u00c4nderungen an bearbeitbaren Feldern vorgenommen und nicht gespeichert. Wollen Sie die Aktion trotzdem ausf\u00fchren und Ihre \u00c4nderungen verwerfen?",
    "You will get no more meeting e-mails from this course.": "Sie erhalten keine E-Mails zu Treffen aus diesem Kurs mehr.",
    "You will get the group's meeting e-mails.": "Sie erhalten die E-Mails zu den Treffen der Gruppe.",
    "Your answers are saved.": "Ihre Antworten sind gespeichert.",
    "Your group has not shared an adaptation of this unit yet.": "Ihre Gruppe hat noch keine Anpassung zu dieser Einheit geteilt.",
    "Your group is ready. Invite colleagues with its join code.": "Ihre Gruppe ist eingerichtet. Laden Sie Kolleginnen und Kollegen mit dem Beitrittscode ein.",
    "Your request is sent.": "Ihre Anfrage wurde gesendet.",
    "Your request is withdrawn.": "Ihre Anfrage wurde zur\u00fcckgezogen.",
    "Your school is saved.": "Ihre Schule ist gespeichert.",
    "a proposed meeting time, then how long it lasts\u0004%(start)s, %(duration)s": "%(start)s, %(duration)s",
    "a task is done\u0004Done": "Erledigt",
    "a task is marked as not done again\u0004Reopened.": "Wieder offen.",
    "a unit in a meeting's agenda, and the day it is due\u0004%(unit)s (by %(day)s)": "%(unit)s (bis %(day)s)",
    "abbrev. day Friday\u0004Fri": "Fr",
    "abbrev. day Monday\u0004Mon": "Mo",
    "abbrev. day Saturday\u0004Sat": "Sa",
    "abbrev. day Sunday\u0004Sun": "So",
    "abbrev. day Thursday\u0004Thur": "Do",
    "abbrev. day Tuesday\u0004Tue": "Di",
    "abbrev. day Wednesday\u0004Wed": "Mi",
    "abbrev. month April\u0004Apr": "Apr",
    "abbrev. month August\u0004Aug": "Aug",
    "abbrev. month December\u0004Dec": "Dez",
    "abbrev. month February\u0004Feb": "Feb",
    "abbrev. month January\u0004Jan": "Jan",
    "abbrev. month July\u0004Jul": "Jul",
    "abbrev. month June\u0004Jun": "Jun",
    "abbrev. month March\u0004Mar": "Mrz",
    "abbrev. month May\u0004May": "Mai",
    "abbrev. month November\u0004Nov": "Nov",
    "abbrev. month October\u0004Oct": "Okt",
    "abbrev. month September\u0004Sep": "Sep",
    "after the name of the person viewing the page\u0004(you)": "(Sie)",
    "an answer to a proposed meeting time\u0004If need be": "Wenn n\u00f6tig",
    "an answer to a proposed meeting time\u0004No": "Nein",
    "an answer to a proposed meeting time\u0004Yes": "Ja",
    "an answer to a proposed meeting time, then who gave it\u0004%(answer)s: %(names)s": "%(answer)s: %(names)s",
    "asked on %(date)s": "angefragt am %(date)s",
    "attendance confirmed by the member\u0004confirmed": "best\u00e4tigt",
    "before the names of those at a meeting\u0004Present:": "Anwesend:",
    "button\u0004Accept": "Annehmen",
    "button\u0004Accept %(name)s": "Anfrage von %(name)s annehmen",
    "button\u0004Ask to join": "Beitritt anfragen",
    "button\u0004Ask to join %(school)s": "Beitritt zur Gruppe %(school)s anfragen",
    "button\u0004Cancel": "Abbrechen",
    "button\u0004Choose the times that suit you": "Passende Termine ausw\u00e4hlen",
    "button\u0004Confirm I was there": "Meine Teilnahme best\u00e4tigen",
    "button\u0004Decline": "Ablehnen",
    "button\u0004Decline %(name)s": "Anfrage von %(name)s ablehnen",
    "button\u0004Decline the request": "Anfrage ablehnen",
    "button\u0004Delete": "L\u00f6schen",
    "button\u0004Delete \u201c%(title)s\u201d": "\u201e%(title)s\u201c l\u00f6schen",
    "button\u0004Edit": "Bearbeiten",
    "button\u0004Edit \u201c%(title)s\u201d": "\u201e%(title)s\u201c bearbeiten",
    "button\u0004Hand over the coordinator role": "Koordination \u00fcbergeben",
    "button\u0004Hide": "Ausblenden",
    "button\u0004Hide from learners": "Im Kurs ausblenden",
    "button\u0004Hide these steps": "Diese Schritte ausblenden",
    "button\u0004Join": "Beitreten",
    "button\u0004Join %(school)s": "Gruppe %(school)s beitreten",
    "button\u0004Log this meeting": "Dieses Treffen protokollieren",
    "button\u0004Make co-coordinator": "An der Koordination beteiligen",
    "button\u0004Mark as useful": "Als n\u00fctzlich markieren",
    "button\u0004Plan a meeting": "Treffen planen",
    "button\u0004Plan the meeting at this time": "Treffen zu diesem Termin planen",
    "button\u0004Remove": "Entfernen",
    "button\u0004Remove coordinator role": "Koordinationsrolle entziehen",
    "button\u0004Remove this time": "Diesen Termin entfernen",
    "button\u0004Save my answers": "Meine Antworten speichern",
    "button\u0004Send the request": "Anfrage senden",
    "button\u0004Show again": "Wieder anzeigen",
    "button\u0004Show \u201c%(title)s\u201d again": "\u201e%(title)s\u201c wieder anzeigen",
    "button\u0004Withdraw the request": "Anfrage zur\u00fcckziehen",
    "button\u0004Withdraw these times": "Diese Terminvorschl\u00e4ge zur\u00fcckziehen",
    "duration of a meeting\u0004%(count)s minute": [
      "%(count)s Minute",
      "%(count)s Minuten"
    ],
    "form field label\u0004Date": "Datum",
    "form field label\u0004Task": "Aufgabe",
    "instead of a name, in a list of people\u0004you": "Sie",
    "message after an action\u0004Copied.": "Kopiert.",
    "message after an action\u0004Done.": "Erledigt.",
    "not yet": "noch nicht",
    "one letter Friday\u0004F": "Fr",
    "one letter Monday\u0004M": "Mo",
    "one letter Saturday\u0004S": "Sa",
    "one letter Sunday\u0004S": "So",
    "one letter Thursday\u0004T": "Do",
    "one letter Tuesday\u0004T": "Di",
    "one letter Wednesday\u0004W": "Mi",
    "one of the times proposed for a meeting, by its number\u0004Time %(number)s": "Termin %(number)s",
    "people at a meeting who are not in the course\u0004%(count)s guest": [
      "%(count)s Gast",
      "%(count)s G\u00e4ste"
    ],
    "rhythm of a study group's pace\u0004One unit every week, from %(day)s.": [
      "Eine Einheit pro Woche, ab %(day)s.",
      "Eine Einheit alle %(count)s Wochen, ab %(day)s."
    ],
    "role in a study group\u0004Coordinator": "Koordination",
    "shown while a change is being saved\u0004Working\u2026": "Wird gespeichert \u2026",
    "standing against a study group's pace\u0004%(count)s unit behind": [
      "%(count)s Einheit im R\u00fcckstand",
      "%(count)s Einheiten im R\u00fcckstand"
    ],
    "standing against a study group's pace\u0004Ahead": "Voraus",
    "standing against a study group's pace\u0004On track": "Im Zeitplan",
    "status of a study group\u0004By request": "Auf Anfrage",
    "status of a study group\u0004Full": "Voll",
    "status of a study group\u0004Join with code only": "Nur mit Beitrittscode",
    "status of a study group\u0004Open": "Offen",
    "table heading\u0004Agenda": "Tagesordnung",
    "table heading\u0004Colleague": "Lehrkraft",
    "table heading\u0004Notes": "Notizen",
    "table heading\u0004Outcomes": "Ergebnisse",
    "table heading\u0004Pace": "Zeitplan",
    "table heading\u0004Topics": "Themen",
    "tasks agreed at a meeting\u0004Tasks": "Aufgaben",
    "the answers to a proposed meeting time, counted\u0004Yes: %(yes)s \u00b7 If need be: %(if_need_be)s \u00b7 No: %(no)s": "Ja: %(yes)s \u00b7 Wenn n\u00f6tig: %(if_need_be)s \u00b7 Nein: %(no)s",
    "the day a member joined\u0004joined %(date)s": "Mitglied seit %(date)s",
    "the day a unit is due in the group's pace\u0004by %(day)s": "bis %(day)s",
    "what a button does, then whom or what it is for: read by screen readers\u0004%(action)s: %(name)s": "%(action)s: %(name)s",
    "who does a task\u0004Anyone": "Nicht festgelegt",
    "worked through": "durchgearbeitet",
    "\u2713 You have worked through this unit (undo)": "\u2713 Sie haben diese Einheit durchgearbeitet (r\u00fcckg\u00e4ngig machen)"
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
    "DATETIME_FORMAT": "j. F Y H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d.%m.%Y %H:%M:%S",
      "%d.%m.%Y %H:%M:%S.%f",
      "%d.%m.%Y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j. F Y",
    "DATE_INPUT_FORMATS": [
      "%d.%m.%Y",
      "%d.%m.%y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j. F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d.m.Y H:i",
    "SHORT_DATE_FORMAT": "d.m.Y",
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
        