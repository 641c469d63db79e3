
            (function(global){
                var StudyGroupXBlockI18N = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);
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
      "%(count)s kolega smatra ovo korisnim",
      "%(count)s kolege smatraju ovo korisnim",
      "%(count)s kolega smatra ovo korisnim"
    ],
    "%(count)s colleague is behind: the progress board shows who.": [
      "%(count)s kolega zaostaje: na pregledu napretka vidite tko.",
      "%(count)s kolege zaostaju: na pregledu napretka vidite tko.",
      "%(count)s kolega zaostaje: na pregledu napretka vidite tko."
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s od %(limit)s \u010dlana",
      "%(count)s od %(limit)s \u010dlana",
      "%(count)s od %(limit)s \u010dlanova"
    ],
    "%(done)s of %(total)s first steps done.": "Obavljeno prvih koraka: %(done)s od %(total)s.",
    "%(name)s is now a member of the group.": "%(name)s je sada u skupini.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 radni jezik: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "Skupina %(school)s odbila je va\u0161 zahtjev za pridru\u017eivanje.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s (%(place)s) ve\u0107 ima studijsku skupinu (%(members)s). Zatra\u017eite k\u00f4d za pridru\u017eivanje od kolege iz te skupine.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s (%(place)s) ve\u0107 ima studijsku skupinu (%(members)s). \u017delite li joj se pridru\u017eiti i u\u010diti zajedno?",
    "%(sel)s of %(cnt)s selected": [
      "odabrano %(sel)s od %(cnt)s",
      "odabrano %(sel)s od %(cnt)s",
      "odabrano %(sel)s od %(cnt)s"
    ],
    "%(total)s adaptation from other schools": [
      "%(total)s prilagodba drugih \u0161kola",
      "%(total)s prilagodbe drugih \u0161kola",
      "%(total)s prilagodbi drugih \u0161kola"
    ],
    "%(total)s group found": [
      "Prona\u0111ena je %(total)s skupina",
      "Prona\u0111ene su %(total)s skupine",
      "Prona\u0111eno je %(total)s skupina"
    ],
    "6 a.m.": "6 ujutro",
    "6 p.m.": "6 popodne",
    "A short message to the coordinators of %(school)s (optional)": "Kratka poruka koordinatorima skupine %(school)s (neobavezno)",
    "Adaptation pages": "Stranice prilagodbi",
    "Add to my calendar (.ics)": "Dodaj u kalendar (.ics)",
    "Available %s": "Dostupno %s",
    "Cancel": "Odustani",
    "Change the group's pace": "Promijenite tempo skupine",
    "Changes saved.": "Promjene su spremljene.",
    "Choose": "Izaberi",
    "Choose a Date": "Odaberite datum",
    "Choose a Time": "Izaberite vrijeme",
    "Choose a time": "Izaberite vrijeme",
    "Choose all": "Odaberi sve",
    "Chosen %s": "Odabrano %s",
    "Click to choose all %s at once.": "Kliknite da odabrete sve %s odjednom.",
    "Click to remove all chosen %s at once.": "Kliknite da uklonite sve izabrane %s odjednom.",
    "Colleagues asking to join": "Kolege koji tra\u017ee pridru\u017eivanje",
    "Copying failed: select the code and copy it yourself.": "Kopiranje nije uspjelo: ozna\u010dite k\u00f4d i sami ga kopirajte.",
    "Could not reach the server. Check your connection and try again.": "Poslu\u017eitelj nije dostupan. Provjerite internetsku vezu i poku\u0161ajte ponovno.",
    "Course team view: %(count)s study group in this course.": [
      "Prikaz za tim te\u010daja: %(count)s studijska skupina u ovom te\u010daju.",
      "Prikaz za tim te\u010daja: %(count)s studijske skupine u ovom te\u010daju.",
      "Prikaz za tim te\u010daja: %(count)s studijskih skupina u ovom te\u010daju."
    ],
    "Delete the meeting of %(when)s": "Izbri\u0161i sastanak: %(when)s",
    "Delete this meeting and its minutes?": "\u017delite li izbrisati ovaj sastanak i njegov zapisnik?",
    "Duration in minutes": "Trajanje u minutama",
    "Edit the meeting of %(when)s": "Uredi sastanak: %(when)s",
    "Edit the minutes": "Uredite zapisnik",
    "Edit the planned meeting": "Uredite zakazani sastanak",
    "Edit your adaptation": "Uredite svoju prilagodbu",
    "Edited on %(date)s.": "Ure\u0111eno %(date)s",
    "Every unit in the group's pace is due by now.": "Rok za sve jedinice u tempu skupine ve\u0107 je pro\u0161ao.",
    "Everyone has answered.": "Svi su odgovorili.",
    "Filter": "Filter",
    "Getting started as coordinator": "Prvi koraci u ulozi koordinatora",
    "Hidden by the course team: %(reason)s": "Tim te\u010daja sakrio je ovu prilagodbu. Razlog: %(reason)s",
    "Hide": "Sakri",
    "Hold the meeting at school and log it": "Odr\u017eite sastanak u \u0161koli i zabilje\u017eite ga",
    "I've worked through this unit": "Ozna\u010di jedinicu kao obra\u0111enu",
    "Invite at least two colleagues with the join code": "Pozovite barem dvoje kolega kodom za pridru\u017eivanje",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Pridru\u017eite se na\u0161oj studijskoj skupini \u201e%(school)s\u201c u ovom te\u010daju: otvorite bilo koju jedinicu te\u010daja koja sadr\u017ei Studijsku skupinu i pod \u201ePridru\u017eite se kodom\u201c unesite %(code)s.",
    "Last edited by %(name)s on %(when)s.": "Posljednja izmjena: %(name)s, %(when)s.",
    "Leave this study group? Your meetings and adaptations stay with the group.": "\u017delite li napustiti ovu studijsku skupinu? Va\u0161i sastanci i prilagodbe ostaju u skupini.",
    "Log a meeting held at school": "Zabilje\u017eite sastanak odr\u017ean u \u0161koli",
    "Logged by %(name)s.": "Zapisni\u010dar: %(name)s.",
    "Make %(name)s the coordinator? You will become a member.": "\u017delite li ulogu koordinatora predati osobi %(name)s? Vi \u0107ete nakon toga biti \u010dlan skupine.",
    "Make a new join code? The old code will stop working.": "\u017delite li izraditi novi k\u00f4d za pridru\u017eivanje? Stari k\u00f4d vi\u0161e ne\u0107e vrijediti.",
    "Mark a unit as worked through": "Ozna\u010dite jedinicu kao obra\u0111enu",
    "Marked as useful.": "Ozna\u010deno kao korisno.",
    "Marked as worked through. Well done!": "Jedinica je ozna\u010dena kao obra\u0111ena. Bravo!",
    "Meeting held on %(when)s": "Odr\u017eani sastanak: %(when)s",
    "Meeting planned for %(when)s": "Sastanak zakazan za %(when)s",
    "Midnight": "Pono\u0107",
    "More than %(total)s adaptations from other schools": "Vi\u0161e od %(total)s prilagodbi drugih \u0161kola",
    "More than %(total)s groups found": "Prona\u0111eno je vi\u0161e od %(total)s skupina",
    "Newer meetings": "Noviji sastanci",
    "Next meeting": "Sljede\u0107i sastanak",
    "Next page": "Sljede\u0107a stranica",
    "No group matches yet. If your school has none, start one below.": "Nijedna skupina ne odgovara pretra\u017eivanju. Ako va\u0161a \u0161kola jo\u0161 nema skupinu, osnujte je u nastavku.",
    "No longer marked as useful.": "Oznaka \u201ekorisno\u201c uklonjena je.",
    "No longer marked as worked through.": "Jedinica vi\u0161e nije ozna\u010dena kao obra\u0111ena.",
    "No meeting is planned yet.": "Jo\u0161 nije zakazan nijedan sastanak.",
    "No meetings logged yet.": "Jo\u0161 nema zabilje\u017eenih sastanaka.",
    "Nobody was in the group on that day: check the date.": "Toga dana u skupini nije bilo nikoga: provjerite datum.",
    "Noon": "Podne",
    "Not answered yet: %(names)s": "Jo\u0161 bez odgovora: %(names)s",
    "Now": "Sada",
    "Older meetings": "Stariji sastanci",
    "Page %(page)s of %(pages)s": "Stranica %(page)s od %(pages)s",
    "Pages of the group's meetings": "Stranice sastanaka skupine",
    "Plan a meeting": "Zaka\u017eite sastanak",
    "Plan the first meeting": "Zaka\u017eite prvi sastanak",
    "Please answer by %(day)s.": "Rok za odgovor: %(day)s",
    "Previous page": "Prethodna stranica",
    "Print the group's evidence report": "Ispi\u0161ite izvje\u0161\u0107e o radu skupine",
    "Proposed by %(name)s.": "Termine predla\u017ee %(name)s.",
    "Proposed by you.": "Termine predla\u017eete vi.",
    "Reason, shown to the author": "Razlog (vidjet \u0107e ga autor prilagodbe)",
    "Remove": "Ukloni",
    "Remove %(name)s from the group? Their meetings and adaptations stay with the group.": "\u017delite li ukloniti osobu %(name)s iz skupine? Sastanci i prilagodbe te osobe ostaju u skupini.",
    "Remove all": "Ukloni sve",
    "Remove the group's pace? Each unit's date will be lost.": "\u017delite li ukloniti tempo skupine? Rokovi svih jedinica bit \u0107e izbrisani.",
    "Remove this task": "Ukloni ovo zadu\u017eenje",
    "Search result pages": "Stranice rezultata pretra\u017eivanja",
    "Set the group's pace": "Odredite tempo skupine",
    "Share how your group adapted a unit": "Podijelite kako je va\u0161a skupina prilagodila neku jedinicu",
    "Share how your group adapted this unit": "Podijelite kako je va\u0161a skupina prilagodila ovu jedinicu",
    "Shared by %(name)s.": "Autor prilagodbe: %(name)s.",
    "Show": "Prika\u017ei",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Ne\u0161to nije u redu. Poku\u0161ajte ponovno; ako se to ponovi, osvje\u017eite stranicu.",
    "Start time": "Vrijeme po\u010detka",
    "Suits the most colleagues so far": "Zasad odgovara najve\u0107em broju kolega",
    "Tasks still open from the last meeting:": "Neobavljena zadu\u017eenja s pro\u0161log sastanka:",
    "Thank you for sharing.": "Hvala \u0161to ste podijelili prilagodbu.",
    "Thank you: your attendance is confirmed.": "Hvala! Va\u0161a je prisutnost potvr\u0111ena.",
    "The adaptation is hidden from learners.": "Prilagodba je skrivena od polaznika.",
    "The adaptation is visible again.": "Prilagodba je ponovno vidljiva.",
    "The adaptation was withdrawn.": "Prilagodba je povu\u010dena.",
    "The group has a new join code.": "Skupina ima novi k\u00f4d za pridru\u017eivanje.",
    "The group's pace": "Tempo skupine",
    "The group's pace is removed.": "Tempo skupine je uklonjen.",
    "The group's pace is saved.": "Tempo skupine je spremljen.",
    "The group's pace starts on %(start)s: %(unit)s first, by %(day)s.": "Po\u010detak tempa skupine: %(start)s Prva jedinica: %(unit)s, rok: %(day)s",
    "The meeting is logged.": "Sastanak je zabilje\u017een.",
    "The meeting is planned at the time you chose.": "Sastanak je zakazan u terminu koji ste odabrali.",
    "The meeting is planned.": "Sastanak je zakazan.",
    "The meeting was deleted.": "Sastanak je izbrisan.",
    "The request is declined.": "Zahtjev je odbijen.",
    "The steps are hidden. The sections below hold everything.": "Koraci su skriveni. Sve \u0107ete prona\u0107i u odjeljcima u nastavku.",
    "The times are proposed: your colleagues can answer now.": "Termini su predlo\u017eeni: kolege sada mogu odgovoriti.",
    "The times are withdrawn.": "Termini su povu\u010deni.",
    "Their reason: %(reason)s": "Razlog: %(reason)s",
    "This is the list of available %s. You may choose some by selecting them in the box below and then clicking the \"Choose\" arrow between the two boxes.": "Ovo je popis dostupnih %s. Mo\u017eete dodati pojedine na na\u010din da ih izaberete u polju ispod i kliknete \"Izaberi\" strelicu izme\u0111u dva polja. ",
    "This is the list of chosen %s. You may remove some by selecting them in the box below and then clicking the \"Remove\" arrow between the two boxes.": "Ovo je popis odabranih %s. Mo\u017eete ukloniti pojedine na na\u010din da ih izaberete u polju ispod i kliknete \"Ukloni\" strelicu izme\u0111u dva polja. ",
    "This week: %(unit)s, by %(day)s": "Ovaj tjedan: %(unit)s, rok: %(day)s",
    "Ticked off.": "Ozna\u010deno kao obavljeno.",
    "Times are in the %(zone)s time zone.": "Vremena su prikazana u vremenskoj zoni %(zone)s.",
    "Times are proposed for the next meeting.": "Za sljede\u0107i sastanak predlo\u017eeni su termini.",
    "Times proposed for the next meeting": "Predlo\u017eeni termini za sljede\u0107i sastanak",
    "Today": "Danas",
    "Tomorrow": "Sutra",
    "Type into this box to filter down the list of available %s.": "Tipkajte u ovo polje da filtrirate listu dostupnih %s.",
    "Units discussed": "Jedinice o kojima se razgovaralo",
    "Units due since the last meeting:": "Jedinice kojima je rok istekao od pro\u0161log sastanka:",
    "Units each colleague has worked through": "Jedinice koje su kolege obradili",
    "Useful (undo)": "Korisno (poni\u0161ti)",
    "Visible to your group only.": "Vidljivo samo va\u0161oj skupini.",
    "Welcome to the group!": "Dobro do\u0161li u skupinu!",
    "What you said you would do": "Va\u0161a zadu\u017eenja",
    "Who does it": "Zadu\u017eena osoba",
    "Why, for %(name)s to read (optional)": "Razlog koji \u0107e pro\u010ditati %(name)s (neobavezno)",
    "Withdraw these times? The answers given so far will be lost.": "\u017delite li povu\u0107i ove termine? Dosada\u0161nji odgovori bit \u0107e izgubljeni.",
    "Withdraw this adaptation?": "\u017delite li povu\u0107i ovu prilagodbu?",
    "Yesterday": "Ju\u010der",
    "You are %(count)s unit behind the group's pace.": [
      "Za tempom skupine zaostajete %(count)s jedinicu.",
      "Za tempom skupine zaostajete %(count)s jedinice.",
      "Za tempom skupine zaostajete %(count)s jedinica."
    ],
    "You are ahead of the group's pace.": "Ispred ste tempa skupine.",
    "You are on track with the group's pace.": "Pratite tempo skupine.",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "Dana %(date)s zatra\u017eili ste pridru\u017eivanje skupini %(school)s. Koordinatori skupine odgovorit \u0107e vam ovdje.",
    "You can ask another group, join one with a code or start your own.": "Mo\u017eete zatra\u017eiti pridru\u017eivanje drugoj skupini, pridru\u017eiti se nekoj skupini kodom ili osnovati svoju.",
    "You have left the group.": "Napustili ste skupinu.",
    "You have selected an action, and you haven't made any changes on individual fields. You're probably looking for the Go button rather than the Save button.": "Odabrali ste akciju, a niste napravili nikakve izmjene na pojedinim poljima. Vjerojatno tra\u017eite gumb Idi umjesto gumb Spremi.",
    "You have selected an action, but you haven't saved your changes to individual fields yet. Please click OK to save. You'll need to re-run the action.": "Odabrali ste akciju, ali niste jo\u0161 spremili promjene na pojedinim polja. Molimo kliknite OK za spremanje. Morat \u0107ete ponovno pokrenuti akciju.",
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.": "Neke promjene nisu spremljene na pojedinim polja za ure\u0111ivanje. Ako pokrenete akciju, nespremljene promjene \u0107e biti izgubljene.",
    "You will get no more meeting e-mails from this course.": "Vi\u0161e ne\u0107ete primati e-poruke o sastancima iz ovog te\u010daja.",
    "You will get the group's meeting e-mails.": "Primat \u0107ete e-poruke o sastancima skupine.",
    "Your answers are saved.": "Va\u0161i su odgovori spremljeni.",
    "Your group has not shared an adaptation of this unit yet.": "Va\u0161a skupina jo\u0161 nije podijelila prilagodbu ove jedinice.",
    "Your group is ready. Invite colleagues with its join code.": "Va\u0161a je skupina spremna. Pozovite kolege kodom za pridru\u017eivanje.",
    "Your request is sent.": "Zahtjev je poslan.",
    "Your request is withdrawn.": "Zahtjev je povu\u010den.",
    "Your school is saved.": "Va\u0161a je \u0161kola spremljena.",
    "a proposed meeting time, then how long it lasts\u0004%(start)s, %(duration)s": "%(start)s, %(duration)s",
    "a task is done\u0004Done": "Obavljeno",
    "a task is marked as not done again\u0004Reopened.": "Ponovno ozna\u010deno kao neobavljeno.",
    "a unit in a meeting's agenda, and the day it is due\u0004%(unit)s (by %(day)s)": "%(unit)s (rok: %(day)s)",
    "after the name of the person viewing the page\u0004(you)": "(vi)",
    "an answer to a proposed meeting time\u0004If need be": "Ako treba",
    "an answer to a proposed meeting time\u0004No": "Ne",
    "an answer to a proposed meeting time\u0004Yes": "Da",
    "an answer to a proposed meeting time, then who gave it\u0004%(answer)s: %(names)s": "%(answer)s: %(names)s",
    "asked on %(date)s": "zatra\u017eeno %(date)s",
    "attendance confirmed by the member\u0004confirmed": "potvr\u0111eno",
    "before the names of those at a meeting\u0004Present:": "Prisutni:",
    "button\u0004Accept": "Prihvati",
    "button\u0004Accept %(name)s": "Prihvati zahtjev osobe %(name)s",
    "button\u0004Ask to join": "Zatra\u017ei pridru\u017eivanje",
    "button\u0004Ask to join %(school)s": "Zatra\u017ei pridru\u017eivanje skupini %(school)s",
    "button\u0004Cancel": "Odustani",
    "button\u0004Choose the times that suit you": "Odaberi odgovaraju\u0107e termine",
    "button\u0004Confirm I was there": "Potvrdi svoju prisutnost",
    "button\u0004Decline": "Odbij",
    "button\u0004Decline %(name)s": "Odbij zahtjev osobe %(name)s",
    "button\u0004Decline the request": "Odbij zahtjev",
    "button\u0004Delete": "Izbri\u0161i",
    "button\u0004Delete \u201c%(title)s\u201d": "Izbri\u0161i \u201e%(title)s\u201c",
    "button\u0004Edit": "Uredi",
    "button\u0004Edit \u201c%(title)s\u201d": "Uredi \u201e%(title)s\u201c",
    "button\u0004Hand over the coordinator role": "Predaj ulogu koordinatora",
    "button\u0004Hide": "Sakrij",
    "button\u0004Hide from learners": "Sakrij od polaznika",
    "button\u0004Hide these steps": "Sakrij ove korake",
    "button\u0004Join": "Pridru\u017ei se",
    "button\u0004Join %(school)s": "Pridru\u017ei se skupini %(school)s",
    "button\u0004Log this meeting": "Zabilje\u017ei ovaj sastanak",
    "button\u0004Make co-coordinator": "Dodijeli ulogu koordinatora",
    "button\u0004Mark as useful": "Ozna\u010di kao korisno",
    "button\u0004Plan a meeting": "Zaka\u017ei sastanak",
    "button\u0004Plan the meeting at this time": "Zaka\u017ei sastanak u ovom terminu",
    "button\u0004Remove": "Ukloni",
    "button\u0004Remove coordinator role": "Ukloni ulogu koordinatora",
    "button\u0004Remove this time": "Ukloni ovaj termin",
    "button\u0004Save my answers": "Spremi odgovore",
    "button\u0004Send the request": "Po\u0161alji zahtjev",
    "button\u0004Show again": "Ponovno prika\u017ei",
    "button\u0004Show \u201c%(title)s\u201d again": "Ponovno prika\u017ei \u201e%(title)s\u201c",
    "button\u0004Withdraw the request": "Povuci zahtjev",
    "button\u0004Withdraw these times": "Povuci ove termine",
    "duration of a meeting\u0004%(count)s minute": [
      "%(count)s minuta",
      "%(count)s minute",
      "%(count)s minuta"
    ],
    "form field label\u0004Date": "Datum",
    "form field label\u0004Task": "Zadu\u017eenje",
    "instead of a name, in a list of people\u0004you": "vi",
    "message after an action\u0004Copied.": "Kopirano.",
    "message after an action\u0004Done.": "Gotovo.",
    "not yet": "jo\u0161 nije",
    "one of the times proposed for a meeting, by its number\u0004Time %(number)s": "Termin %(number)s",
    "people at a meeting who are not in the course\u0004%(count)s guest": [
      "%(count)s gost",
      "%(count)s gosta",
      "%(count)s gostiju"
    ],
    "rhythm of a study group's pace\u0004One unit every week, from %(day)s.": [
      "Jedna jedinica svaki tjedan. Po\u010detak: %(day)s",
      "Jedna jedinica svaka %(count)s tjedna. Po\u010detak: %(day)s",
      "Jedna jedinica svakih %(count)s tjedana. Po\u010detak: %(day)s"
    ],
    "role in a study group\u0004Coordinator": "Koordinator",
    "shown while a change is being saved\u0004Working\u2026": "Spremanje\u2026",
    "standing against a study group's pace\u0004%(count)s unit behind": [
      "Zaostaje %(count)s jedinicu",
      "Zaostaje %(count)s jedinice",
      "Zaostaje %(count)s jedinica"
    ],
    "standing against a study group's pace\u0004Ahead": "Ispred tempa",
    "standing against a study group's pace\u0004On track": "Prati tempo",
    "status of a study group\u0004By request": "Na zahtjev",
    "status of a study group\u0004Full": "Popunjena",
    "status of a study group\u0004Join with code only": "Samo s kodom",
    "status of a study group\u0004Open": "Otvorena",
    "table heading\u0004Agenda": "Dnevni red",
    "table heading\u0004Colleague": "Kolega",
    "table heading\u0004Notes": "Bilje\u0161ke",
    "table heading\u0004Outcomes": "Zaklju\u010dci",
    "table heading\u0004Pace": "Tempo",
    "table heading\u0004Topics": "Teme",
    "tasks agreed at a meeting\u0004Tasks": "Zadu\u017eenja",
    "the answers to a proposed meeting time, counted\u0004Yes: %(yes)s \u00b7 If need be: %(if_need_be)s \u00b7 No: %(no)s": "Da: %(yes)s \u00b7 Ako treba: %(if_need_be)s \u00b7 Ne: %(no)s",
    "the day a member joined\u0004joined %(date)s": "u skupini od %(date)s",
    "the day a unit is due in the group's pace\u0004by %(day)s": "rok: %(day)s",
    "what a button does, then whom or what it is for: read by screen readers\u0004%(action)s: %(name)s": "%(action)s: %(name)s",
    "who does a task\u0004Anyone": "Bilo tko",
    "worked through": "obra\u0111eno",
    "\u2713 You have worked through this unit (undo)": "\u2713 Obradili ste ovu jedinicu (poni\u0161ti)"
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
    "DATETIME_FORMAT": "j. E Y. H:i",
    "DATETIME_INPUT_FORMATS": [
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%d.%m.%Y. %H:%M:%S",
      "%d.%m.%Y. %H:%M:%S.%f",
      "%d.%m.%Y. %H:%M",
      "%d.%m.%y. %H:%M:%S",
      "%d.%m.%y. %H:%M:%S.%f",
      "%d.%m.%y. %H:%M",
      "%d. %m. %Y. %H:%M:%S",
      "%d. %m. %Y. %H:%M:%S.%f",
      "%d. %m. %Y. %H:%M",
      "%d. %m. %y. %H:%M:%S",
      "%d. %m. %y. %H:%M:%S.%f",
      "%d. %m. %y. %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j. E Y.",
    "DATE_INPUT_FORMATS": [
      "%Y-%m-%d",
      "%d.%m.%Y.",
      "%d.%m.%y.",
      "%d. %m. %Y.",
      "%d. %m. %y."
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j. F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "j.m.Y. H:i",
    "SHORT_DATE_FORMAT": "j.m.Y.",
    "THOUSAND_SEPARATOR": ".",
    "TIME_FORMAT": "H:i",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H:%M"
    ],
    "YEAR_MONTH_FORMAT": "F Y."
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
        