
            (function(global){
                var StudyGroupXBlockI18N = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);
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
      "%(count)s coleg a considerat-o util\u0103",
      "%(count)s colegi au considerat-o util\u0103",
      "%(count)s de colegi au considerat-o util\u0103"
    ],
    "%(count)s colleague is behind: the progress board shows who.": [
      "%(count)s coleg a r\u0103mas \u00een urm\u0103: tabelul cu progresul grupului arat\u0103 cine.",
      "%(count)s colegi au r\u0103mas \u00een urm\u0103: tabelul cu progresul grupului arat\u0103 cine.",
      "%(count)s de colegi au r\u0103mas \u00een urm\u0103: tabelul cu progresul grupului arat\u0103 cine."
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s membru din %(limit)s",
      "%(count)s membri din %(limit)s",
      "%(count)s de membri din %(limit)s"
    ],
    "%(done)s of %(total)s first steps done.": "Primii pa\u0219i: %(done)s din %(total)s f\u0103cu\u021bi.",
    "%(name)s is now a member of the group.": "%(name)s este acum membru al grupului.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 limba de lucru: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "Grupul %(school)s a refuzat cererea dumneavoastr\u0103 de al\u0103turare.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s din %(place)s are deja un grup de studiu (%(members)s). Cere\u021bi codul grupului unui coleg din grup.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s din %(place)s are deja un grup de studiu (%(members)s). V\u0103 al\u0103tura\u021bi acestui grup ca s\u0103 studia\u021bi \u00eempreun\u0103?",
    "%(sel)s of %(cnt)s selected": [
      "%(sel)s din %(cnt)s selectate",
      "%(sel)s din %(cnt)s selectate",
      "de %(sel)s din %(cnt)s selectate"
    ],
    "%(total)s adaptation from other schools": [
      "%(total)s adaptare de la alte \u0219coli",
      "%(total)s adapt\u0103ri de la alte \u0219coli",
      "%(total)s de adapt\u0103ri de la alte \u0219coli"
    ],
    "%(total)s group found": [
      "S-a g\u0103sit %(total)s grup",
      "S-au g\u0103sit %(total)s grupuri",
      "S-au g\u0103sit %(total)s de grupuri"
    ],
    "6 a.m.": "6 a.m.",
    "6 p.m.": "6 p.m.",
    "A short message to the coordinators of %(school)s (optional)": "Un scurt mesaj pentru coordonatorii grupului %(school)s (op\u021bional)",
    "Adaptation pages": "Paginile cu adapt\u0103ri",
    "Add to my calendar (.ics)": "Ad\u0103uga\u021bi \u00een calendar (.ics)",
    "April": "Aprilie",
    "August": "August",
    "Available %s": "%s disponibil",
    "Cancel": "Anuleaz\u0103",
    "Change the group's pace": "Schimba\u021bi ritmul grupului",
    "Changes saved.": "Modific\u0103rile au fost salvate.",
    "Choose": "Alege",
    "Choose a Date": "Alege o dat\u0103",
    "Choose a Time": "Alege o or\u0103",
    "Choose a time": "Alege o or\u0103",
    "Choose all": "Alege toate",
    "Chosen %s": "%s alese",
    "Click to choose all %s at once.": "Click pentru a alege toate %s.",
    "Click to remove all chosen %s at once.": "Click pentru a elimina toate %s alese.",
    "Colleagues asking to join": "Colegi care cer s\u0103 se al\u0103ture grupului",
    "Copying failed: select the code and copy it yourself.": "Copierea nu a reu\u0219it: selecta\u021bi codul \u0219i copia\u021bi-l manual.",
    "Could not reach the server. Check your connection and try again.": "Serverul nu poate fi contactat. Verifica\u021bi conexiunea la internet \u0219i \u00eencerca\u021bi din nou.",
    "Course team view: %(count)s study group in this course.": [
      "Vizualizare pentru echipa cursului: %(count)s grup de studiu \u00een acest curs.",
      "Vizualizare pentru echipa cursului: %(count)s grupuri de studiu \u00een acest curs.",
      "Vizualizare pentru echipa cursului: %(count)s de grupuri de studiu \u00een acest curs."
    ],
    "December": "Decembrie",
    "Delete the meeting of %(when)s": "\u0218terge\u021bi \u00eent\u00e2lnirea din %(when)s",
    "Delete this meeting and its minutes?": "\u0218terge\u021bi aceast\u0103 \u00eent\u00e2lnire \u0219i procesul-verbal?",
    "Duration in minutes": "Durat\u0103 (\u00een minute)",
    "Edit the meeting of %(when)s": "Edita\u021bi \u00eent\u00e2lnirea din %(when)s",
    "Edit the minutes": "Edita\u021bi procesul-verbal",
    "Edit the planned meeting": "Edita\u021bi \u00eent\u00e2lnirea planificat\u0103",
    "Edit your adaptation": "Edita\u021bi adaptarea",
    "Edited on %(date)s.": "Ultima modificare: %(date)s.",
    "Every unit in the group's pace is due by now.": "Potrivit ritmului grupului, toate unit\u0103\u021bile ar trebui s\u0103 fie parcurse p\u00e2n\u0103 acum.",
    "Everyone has answered.": "Au r\u0103spuns to\u021bi.",
    "February": "Februarie",
    "Filter": "Filtru",
    "Getting started as coordinator": "Primii pa\u0219i ca coordonator",
    "Hidden by the course team: %(reason)s": "Ascuns\u0103 de echipa cursului: %(reason)s",
    "Hide": "Ascunde",
    "Hold the meeting at school and log it": "\u021aine\u021bi \u00eent\u00e2lnirea la \u0219coal\u0103 \u0219i \u00eenregistra\u021bi-o",
    "I've worked through this unit": "Am parcurs aceast\u0103 unitate",
    "Invite at least two colleagues with the join code": "Invita\u021bi cel pu\u021bin doi colegi cu codul grupului",
    "January": "Ianuarie",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Al\u0103tura\u021bi-v\u0103 grupului nostru de studiu \u201e%(school)s\u201d din acest curs: deschide\u021bi orice unitate cu componenta \u201eGrup de studiu\u201d, alege\u021bi \u201eAl\u0103tura\u021bi-v\u0103 cu un cod\u201d \u0219i introduce\u021bi %(code)s.",
    "July": "Iulie",
    "June": "Iunie",
    "Last edited by %(name)s on %(when)s.": "Ultima modificare: %(name)s, %(when)s.",
    "Leave this study group? Your meetings and adaptations stay with the group.": "P\u0103r\u0103si\u021bi acest grup de studiu? \u00cent\u00e2lnirile \u0219i adapt\u0103rile dumneavoastr\u0103 r\u0103m\u00e2n \u00een grup.",
    "Log a meeting held at school": "\u00cenregistra\u021bi o \u00eent\u00e2lnire desf\u0103\u0219urat\u0103 la \u0219coal\u0103",
    "Logged by %(name)s.": "\u00cenregistrat\u0103 de %(name)s.",
    "Make %(name)s the coordinator? You will become a member.": "Preda\u021bi rolul de coordonator c\u0103tre %(name)s? Ve\u021bi deveni membru.",
    "Make a new join code? The old code will stop working.": "Genera\u021bi un cod nou pentru grup? Codul vechi nu va mai func\u021biona.",
    "March": "Martie",
    "Mark a unit as worked through": "Marca\u021bi o unitate ca parcurs\u0103",
    "Marked as useful.": "Marcat\u0103 ca util\u0103.",
    "Marked as worked through. Well done!": "Unitatea a fost marcat\u0103 ca parcurs\u0103. Felicit\u0103ri!",
    "May": "Mai",
    "Meeting held on %(when)s": "\u00cent\u00e2lnire desf\u0103\u0219urat\u0103: %(when)s",
    "Meeting planned for %(when)s": "\u00cent\u00e2lnire planificat\u0103: %(when)s",
    "Midnight": "Miezul nop\u021bii",
    "More than %(total)s adaptations from other schools": "Peste %(total)s de adapt\u0103ri de la alte \u0219coli",
    "More than %(total)s groups found": "S-au g\u0103sit peste %(total)s de grupuri",
    "Newer meetings": "\u00cent\u00e2lniri mai recente",
    "Next meeting": "Urm\u0103toarea \u00eent\u00e2lnire",
    "Next page": "Pagina urm\u0103toare",
    "No group matches yet. If your school has none, start one below.": "Deocamdat\u0103 niciun grup nu corespunde c\u0103ut\u0103rii. Dac\u0103 \u0219coala dumneavoastr\u0103 nu are un grup, crea\u021bi unul mai jos.",
    "No longer marked as useful.": "Nu mai este marcat\u0103 ca util\u0103.",
    "No longer marked as worked through.": "Unitatea nu mai este marcat\u0103 ca parcurs\u0103.",
    "No meeting is planned yet.": "\u00cenc\u0103 nu este planificat\u0103 nicio \u00eent\u00e2lnire.",
    "No meetings logged yet.": "\u00cenc\u0103 nu a fost \u00eenregistrat\u0103 nicio \u00eent\u00e2lnire.",
    "Nobody was in the group on that day: check the date.": "\u00cen ziua respectiv\u0103 nu era nimeni \u00een grup: verifica\u021bi data.",
    "Noon": "Amiaz\u0103",
    "Not answered yet: %(names)s": "Nu au r\u0103spuns \u00eenc\u0103: %(names)s",
    "Note: You are %s hour ahead of server time.": [
      "Not\u0103: Sunte\u021bi cu %s or\u0103 \u00eenaintea orei serverului.",
      "Not\u0103: Sunte\u021bi cu %s ore \u00eenaintea orei serverului.",
      "Not\u0103: Sunte\u021bi cu %s de ore \u00eenaintea orei serverului."
    ],
    "Note: You are %s hour behind server time.": [
      "Not\u0103: Sunte\u021bi cu %s or\u0103 \u00een urma orei serverului.",
      "Not\u0103: Sunte\u021bi cu %s ore \u00een urma orei serverului.",
      "Not\u0103: Sunte\u021bi cu %s de ore \u00een urma orei serverului."
    ],
    "November": "Noiembrie",
    "Now": "Acum",
    "October": "Octombrie",
    "Older meetings": "\u00cent\u00e2lniri mai vechi",
    "Page %(page)s of %(pages)s": "Pagina %(page)s din %(pages)s",
    "Pages of the group's meetings": "Paginile cu \u00eent\u00e2lnirile grupului",
    "Plan a meeting": "Planifica\u021bi o \u00eent\u00e2lnire",
    "Plan the first meeting": "Planifica\u021bi prima \u00eent\u00e2lnire",
    "Please answer by %(day)s.": "R\u0103spunde\u021bi p\u00e2n\u0103 \u00een data de %(day)s.",
    "Previous page": "Pagina anterioar\u0103",
    "Print the group's evidence report": "Imprima\u021bi raportul de activitate al grupului",
    "Proposed by %(name)s.": "Propuse de %(name)s.",
    "Proposed by you.": "Propuse de dumneavoastr\u0103.",
    "Reason, shown to the author": "Motiv (\u00eel va vedea autorul)",
    "Remove": "Elimin\u0103",
    "Remove %(name)s from the group? Their meetings and adaptations stay with the group.": "Elimina\u021bi din grup persoana %(name)s? \u00cent\u00e2lnirile \u0219i adapt\u0103rile acesteia r\u0103m\u00e2n \u00een grup.",
    "Remove all": "Elimin\u0103 toate",
    "Remove the group's pace? Each unit's date will be lost.": "Elimina\u021bi ritmul grupului? Termenele tuturor unit\u0103\u021bilor se vor pierde.",
    "Remove this task": "Elimina\u021bi aceast\u0103 sarcin\u0103",
    "Search result pages": "Paginile rezultatelor c\u0103ut\u0103rii",
    "September": "Septembrie",
    "Set the group's pace": "Stabili\u021bi ritmul grupului",
    "Share how your group adapted a unit": "Partaja\u021bi cum a adaptat grupul o unitate",
    "Share how your group adapted this unit": "Partaja\u021bi cum a adaptat grupul aceast\u0103 unitate",
    "Shared by %(name)s.": "Partajat\u0103 de %(name)s.",
    "Show": "Arat\u0103",
    "Something went wrong. Please try again; if it happens again, reload the page.": "A ap\u0103rut o problem\u0103. \u00cencerca\u021bi din nou; dac\u0103 problema se repet\u0103, re\u00eenc\u0103rca\u021bi pagina.",
    "Start time": "Ora de \u00eencepere",
    "Suits the most colleagues so far": "Deocamdat\u0103 convine celor mai mul\u021bi colegi",
    "Tasks still open from the last meeting:": "Sarcini \u00eenc\u0103 nerealizate de la ultima \u00eent\u00e2lnire:",
    "Thank you for sharing.": "V\u0103 mul\u021bumim c\u0103 a\u021bi partajat adaptarea.",
    "Thank you: your attendance is confirmed.": "V\u0103 mul\u021bumim: prezen\u021ba a fost confirmat\u0103.",
    "The adaptation is hidden from learners.": "Adaptarea este ascuns\u0103 pentru cursan\u021bi.",
    "The adaptation is visible again.": "Adaptarea este din nou vizibil\u0103.",
    "The adaptation was withdrawn.": "Adaptarea a fost retras\u0103.",
    "The group has a new join code.": "Grupul are un cod nou.",
    "The group's pace": "Ritmul grupului",
    "The group's pace is removed.": "Ritmul grupului a fost eliminat.",
    "The group's pace is saved.": "Ritmul grupului a fost salvat.",
    "The group's pace starts on %(start)s: %(unit)s first, by %(day)s.": "Ritmul grupului \u00eencepe %(start)s: mai \u00eent\u00e2i %(unit)s, de parcurs p\u00e2n\u0103 %(day)s.",
    "The meeting is logged.": "\u00cent\u00e2lnirea a fost \u00eenregistrat\u0103.",
    "The meeting is planned at the time you chose.": "\u00cent\u00e2lnirea a fost planificat\u0103 la data \u0219i ora alese.",
    "The meeting is planned.": "\u00cent\u00e2lnirea a fost planificat\u0103.",
    "The meeting was deleted.": "\u00cent\u00e2lnirea a fost \u0219tears\u0103.",
    "The request is declined.": "Cererea a fost refuzat\u0103.",
    "The steps are hidden. The sections below hold everything.": "Pa\u0219ii au fost ascun\u0219i. G\u0103si\u021bi totul \u00een sec\u021biunile de mai jos.",
    "The times are proposed: your colleagues can answer now.": "Variantele au fost propuse: colegii pot r\u0103spunde acum.",
    "The times are withdrawn.": "Variantele au fost retrase.",
    "Their reason: %(reason)s": "Motivul: %(reason)s",
    "This is the list of available %s. You may choose some by selecting them in the box below and then clicking the \"Choose\" arrow between the two boxes.": "Aceasta este o list\u0103 cu %s disponibile. Le pute\u021bi alege select\u00e2nd mai multe in chenarul de mai jos \u0219i ap\u0103s\u00e2nd pe s\u0103geata \"Alege\" dintre cele dou\u0103 chenare.",
    "This is the list of chosen %s. You may remove some by selecting them in the box below and then clicking the \"Remove\" arrow between the two boxes.": "Aceasta este lista de %s alese. Pute\u021bi elimina din ele select\u00e2ndu-le in chenarul de mai jos \u0219i apasand pe s\u0103geata \"Elimin\u0103\" dintre cele dou\u0103 chenare.",
    "This week: %(unit)s, by %(day)s": "S\u0103pt\u0103m\u00e2na aceasta: %(unit)s, p\u00e2n\u0103 %(day)s",
    "Ticked off.": "Bifat\u0103 ca realizat\u0103.",
    "Times are in the %(zone)s time zone.": "Orele sunt \u00een fusul orar %(zone)s.",
    "Times are proposed for the next meeting.": "Au fost propuse variante pentru urm\u0103toarea \u00eent\u00e2lnire.",
    "Times proposed for the next meeting": "Variante propuse pentru urm\u0103toarea \u00eent\u00e2lnire",
    "Today": "Ast\u0103zi",
    "Tomorrow": "M\u00e2ine",
    "Type into this box to filter down the list of available %s.": "Scrie \u00een acest chenar pentru a filtra lista de %s disponibile.",
    "Units discussed": "Unit\u0103\u021bi discutate",
    "Units due since the last meeting:": "Unit\u0103\u021bile cu termen dup\u0103 ultima \u00eent\u00e2lnire:",
    "Units each colleague has worked through": "Unit\u0103\u021bile parcurse de fiecare coleg",
    "Useful (undo)": "Util\u0103 (anula\u021bi)",
    "Visible to your group only.": "Vizibil\u0103 doar pentru grupul dumneavoastr\u0103.",
    "Welcome to the group!": "Bun venit \u00een grup!",
    "What you said you would do": "Ce v-a\u021bi angajat s\u0103 face\u021bi",
    "Who does it": "Cine se ocup\u0103",
    "Why, for %(name)s to read (optional)": "Motivul, pe care \u00eel va citi %(name)s (op\u021bional)",
    "Withdraw these times? The answers given so far will be lost.": "Retrage\u021bi aceste variante? R\u0103spunsurile date p\u00e2n\u0103 acum se vor pierde.",
    "Withdraw this adaptation?": "Retrage\u021bi aceast\u0103 adaptare?",
    "Yesterday": "Ieri",
    "You are %(count)s unit behind the group's pace.": [
      "Sunte\u021bi cu %(count)s unitate \u00een urm\u0103 fa\u021b\u0103 de ritmul grupului.",
      "Sunte\u021bi cu %(count)s unit\u0103\u021bi \u00een urm\u0103 fa\u021b\u0103 de ritmul grupului.",
      "Sunte\u021bi cu %(count)s de unit\u0103\u021bi \u00een urm\u0103 fa\u021b\u0103 de ritmul grupului."
    ],
    "You are ahead of the group's pace.": "Sunte\u021bi \u00een avans fa\u021b\u0103 de ritmul grupului.",
    "You are on track with the group's pace.": "Sunte\u021bi la zi cu ritmul grupului.",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "\u00cen data de %(date)s a\u021bi cerut s\u0103 v\u0103 al\u0103tura\u021bi grupului %(school)s. Coordonatorii grupului v\u0103 vor r\u0103spunde aici.",
    "You can ask another group, join one with a code or start your own.": "Pute\u021bi cere s\u0103 v\u0103 al\u0103tura\u021bi altui grup, v\u0103 pute\u021bi al\u0103tura unui grup cu un cod sau pute\u021bi crea propriul grup.",
    "You have left the group.": "A\u021bi p\u0103r\u0103sit grupul.",
    "You have selected an action, and you haven\u2019t made any changes on individual fields. You\u2019re probably looking for the Go button rather than the Save button.": "Ai selectat o ac\u021biune \u0219i nu ai f\u0103cut modific\u0103ri. Probabil c\u0103 dore\u0219ti butonul de Go mai putin cel de Salveaz\u0103.",
    "You have selected an action, but you haven\u2019t saved your changes to individual fields yet. Please click OK to save. You\u2019ll need to re-run the action.": "Ai selectat o ac\u021biune dar nu ai salvat modific\u0103rile f\u0103cute \u00een c\u00e2mpuri individuale. Te rug\u0103m apasa Ok pentru a salva. Va trebui sa reiei ac\u021biunea.",
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.": "Ave\u0163i modific\u0103ri nesalvate \u00een c\u00eempuri individuale editabile. Dac\u0103 executa\u0163i o ac\u021biune, modific\u0103rile nesalvate vor fi pierdute.",
    "You will get no more meeting e-mails from this course.": "Nu ve\u021bi mai primi e-mailuri despre \u00eent\u00e2lniri din acest curs.",
    "You will get the group's meeting e-mails.": "Ve\u021bi primi e-mailurile despre \u00eent\u00e2lnirile grupului.",
    "Your answers are saved.": "R\u0103spunsurile au fost salvate.",
    "Your group has not shared an adaptation of this unit yet.": "Grupul dumneavoastr\u0103 nu a partajat \u00eenc\u0103 nicio adaptare a acestei unit\u0103\u021bi.",
    "Your group is ready. Invite colleagues with its join code.": "Grupul este gata. Invita\u021bi colegi cu codul grupului.",
    "Your request is sent.": "Cererea a fost trimis\u0103.",
    "Your request is withdrawn.": "Cererea a fost retras\u0103.",
    "Your school is saved.": "\u0218coala a fost salvat\u0103.",
    "a proposed meeting time, then how long it lasts\u0004%(start)s, %(duration)s": "%(start)s, %(duration)s",
    "a task is done\u0004Done": "Realizat\u0103",
    "a task is marked as not done again\u0004Reopened.": "Debifat\u0103.",
    "a unit in a meeting's agenda, and the day it is due\u0004%(unit)s (by %(day)s)": "%(unit)s (p\u00e2n\u0103 %(day)s)",
    "after the name of the person viewing the page\u0004(you)": "(dumneavoastr\u0103)",
    "an answer to a proposed meeting time\u0004If need be": "La nevoie",
    "an answer to a proposed meeting time\u0004No": "Nu",
    "an answer to a proposed meeting time\u0004Yes": "Da",
    "an answer to a proposed meeting time, then who gave it\u0004%(answer)s: %(names)s": "%(answer)s: %(names)s",
    "asked on %(date)s": "cerere din %(date)s",
    "attendance confirmed by the member\u0004confirmed": "a confirmat",
    "before the names of those at a meeting\u0004Present:": "Prezen\u021bi:",
    "button\u0004Accept": "Accepta\u021bi",
    "button\u0004Accept %(name)s": "Accepta\u021bi cererea de la %(name)s",
    "button\u0004Ask to join": "Cere\u021bi s\u0103 v\u0103 al\u0103tura\u021bi",
    "button\u0004Ask to join %(school)s": "Cere\u021bi s\u0103 v\u0103 al\u0103tura\u021bi grupului %(school)s",
    "button\u0004Cancel": "Anula\u021bi",
    "button\u0004Choose the times that suit you": "Alege\u021bi variantele care v\u0103 convin",
    "button\u0004Confirm I was there": "Confirma\u021bi c\u0103 a\u021bi participat",
    "button\u0004Decline": "Refuza\u021bi",
    "button\u0004Decline %(name)s": "Refuza\u021bi cererea de la %(name)s",
    "button\u0004Decline the request": "Refuza\u021bi cererea",
    "button\u0004Delete": "\u0218terge\u021bi",
    "button\u0004Delete \u201c%(title)s\u201d": "\u0218terge\u021bi \u201e%(title)s\u201d",
    "button\u0004Edit": "Edita\u021bi",
    "button\u0004Edit \u201c%(title)s\u201d": "Edita\u021bi \u201e%(title)s\u201d",
    "button\u0004Hand over the coordinator role": "Preda\u021bi rolul de coordonator",
    "button\u0004Hide": "Ascunde\u021bi",
    "button\u0004Hide from learners": "Ascunde\u021bi de cursan\u021bi",
    "button\u0004Hide these steps": "Ascunde\u021bi ace\u0219ti pa\u0219i",
    "button\u0004Join": "Al\u0103tura\u021bi-v\u0103",
    "button\u0004Join %(school)s": "Al\u0103tura\u021bi-v\u0103 grupului %(school)s",
    "button\u0004Log this meeting": "\u00cenregistra\u021bi aceast\u0103 \u00eent\u00e2lnire",
    "button\u0004Make co-coordinator": "Numi\u021bi co-coordonator",
    "button\u0004Mark as useful": "Marca\u021bi ca util\u0103",
    "button\u0004Plan a meeting": "Planifica\u021bi o \u00eent\u00e2lnire",
    "button\u0004Plan the meeting at this time": "Planifica\u021bi \u00eent\u00e2lnirea la aceast\u0103 dat\u0103 \u0219i or\u0103",
    "button\u0004Remove": "Elimina\u021bi",
    "button\u0004Remove coordinator role": "Retrage\u021bi rolul de coordonator",
    "button\u0004Remove this time": "Elimina\u021bi aceast\u0103 variant\u0103",
    "button\u0004Save my answers": "Salva\u021bi r\u0103spunsurile",
    "button\u0004Send the request": "Trimite\u021bi cererea",
    "button\u0004Show again": "Afi\u0219a\u021bi din nou",
    "button\u0004Show \u201c%(title)s\u201d again": "Afi\u0219a\u021bi din nou \u201e%(title)s\u201d",
    "button\u0004Withdraw the request": "Retrage\u021bi cererea",
    "button\u0004Withdraw these times": "Retrage\u021bi aceste variante",
    "duration of a meeting\u0004%(count)s minute": [
      "%(count)s minut",
      "%(count)s minute",
      "%(count)s de minute"
    ],
    "form field label\u0004Date": "Dat\u0103",
    "form field label\u0004Task": "Sarcin\u0103",
    "instead of a name, in a list of people\u0004you": "dumneavoastr\u0103",
    "message after an action\u0004Copied.": "S-a copiat.",
    "message after an action\u0004Done.": "Gata.",
    "not yet": "\u00eenc\u0103 nu",
    "one letter Friday\u0004F": "V",
    "one letter Monday\u0004M": "L",
    "one letter Saturday\u0004S": "S",
    "one letter Sunday\u0004S": "D",
    "one letter Thursday\u0004T": "J",
    "one letter Tuesday\u0004T": "M",
    "one letter Wednesday\u0004W": "M",
    "one of the times proposed for a meeting, by its number\u0004Time %(number)s": "Varianta %(number)s",
    "people at a meeting who are not in the course\u0004%(count)s guest": [
      "%(count)s invitat",
      "%(count)s invita\u021bi",
      "%(count)s de invita\u021bi"
    ],
    "rhythm of a study group's pace\u0004One unit every week, from %(day)s.": [
      "O unitate pe s\u0103pt\u0103m\u00e2n\u0103, \u00eencep\u00e2nd cu %(day)s.",
      "O unitate la fiecare %(count)s s\u0103pt\u0103m\u00e2ni, \u00eencep\u00e2nd cu %(day)s.",
      "O unitate la fiecare %(count)s de s\u0103pt\u0103m\u00e2ni, \u00eencep\u00e2nd cu %(day)s."
    ],
    "role in a study group\u0004Coordinator": "Coordonator",
    "shown while a change is being saved\u0004Working\u2026": "Se salveaz\u0103\u2026",
    "standing against a study group's pace\u0004%(count)s unit behind": [
      "Cu %(count)s unitate \u00een urm\u0103",
      "Cu %(count)s unit\u0103\u021bi \u00een urm\u0103",
      "Cu %(count)s de unit\u0103\u021bi \u00een urm\u0103"
    ],
    "standing against a study group's pace\u0004Ahead": "\u00cen avans",
    "standing against a study group's pace\u0004On track": "La zi",
    "status of a study group\u0004By request": "Pe baz\u0103 de cerere",
    "status of a study group\u0004Full": "Complet",
    "status of a study group\u0004Join with code only": "Doar cu codul grupului",
    "status of a study group\u0004Open": "Deschis",
    "table heading\u0004Agenda": "Ordinea de zi",
    "table heading\u0004Colleague": "Coleg",
    "table heading\u0004Notes": "Noti\u021be",
    "table heading\u0004Outcomes": "Concluzii",
    "table heading\u0004Pace": "Ritm",
    "table heading\u0004Topics": "Subiecte",
    "tasks agreed at a meeting\u0004Tasks": "Sarcini",
    "the answers to a proposed meeting time, counted\u0004Yes: %(yes)s \u00b7 If need be: %(if_need_be)s \u00b7 No: %(no)s": "Da: %(yes)s \u00b7 La nevoie: %(if_need_be)s \u00b7 Nu: %(no)s",
    "the day a member joined\u0004joined %(date)s": "\u00een grup din %(date)s",
    "the day a unit is due in the group's pace\u0004by %(day)s": "termen: %(day)s",
    "what a button does, then whom or what it is for: read by screen readers\u0004%(action)s: %(name)s": "%(action)s: %(name)s",
    "who does a task\u0004Anyone": "Oricine",
    "worked through": "parcurs\u0103",
    "\u2713 You have worked through this unit (undo)": "\u2713 A\u021bi parcurs aceast\u0103 unitate (anula\u021bi)"
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
    "DATETIME_FORMAT": "j F Y, H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d.%m.%Y, %H:%M",
      "%d.%m.%Y, %H:%M:%S",
      "%d.%B.%Y, %H:%M",
      "%d.%B.%Y, %H:%M:%S",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j F Y",
    "DATE_INPUT_FORMATS": [
      "%d.%m.%Y",
      "%d.%b.%Y",
      "%d %B %Y",
      "%A, %d %B %Y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d.m.Y, H:i",
    "SHORT_DATE_FORMAT": "d.m.Y",
    "THOUSAND_SEPARATOR": ".",
    "TIME_FORMAT": "H:i",
    "TIME_INPUT_FORMATS": [
      "%H:%M",
      "%H:%M:%S",
      "%H:%M:%S.%f"
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
        