
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
    "%(count)s guest": [
      "%(count)s gost",
      "%(count)s gosta",
      "%(count)s gostiju"
    ],
    "%(count)s minute": [
      "%(count)s minuta",
      "%(count)s minute",
      "%(count)s minuta"
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s od %(limit)s \u010dlana",
      "%(count)s od %(limit)s \u010dlana",
      "%(count)s od %(limit)s \u010dlanova"
    ],
    "%(done)s of %(total)s first steps done.": "Obavljeno prvih koraka: %(done)s od %(total)s.",
    "%(name)s is now a member of the group.": "%(name)s sada je \u010dlan skupine.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 radni jezik: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "Skupina %(school)s odbila je va\u0161 zahtjev za pridru\u017eivanje.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s (%(place)s) ve\u0107 ima studijsku skupinu (%(members)s). Zatra\u017eite pristupni k\u00f4d od kolege iz skupine.",
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
    "(you)": "(vi)",
    "6 a.m.": "6 ujutro",
    "6 p.m.": "6 popodne",
    "A short message to the coordinators of %(school)s (optional)": "Kratka poruka koordinatorima skupine %(school)s (neobavezno)",
    "Accept": "Prihvatite",
    "Accept %(name)s": "Prihvatite zahtjev osobe %(name)s",
    "Action item": "Zadatak",
    "Action items": "Zadaci",
    "Adaptation pages": "Stranice prilagodbi",
    "Add to my calendar (.ics)": "Dodajte u svoj kalendar (.ics)",
    "Agenda": "Dnevni red",
    "Anyone": "Bilo tko",
    "Ask to join": "Zatra\u017eite pridru\u017eivanje",
    "Ask to join %(school)s": "Zatra\u017eite pridru\u017eivanje skupini %(school)s",
    "Available %s": "Dostupno %s",
    "By request": "Pridru\u017eivanje na zahtjev",
    "Cancel": "Odustanite",
    "Changes saved.": "Promjene su spremljene.",
    "Check in on a unit you have worked through": "Ozna\u010dite jedinicu koju ste obradili",
    "Check-in taken back.": "Poni\u0161teno: jedinica vi\u0161e nije ozna\u010dena kao obra\u0111ena.",
    "Checked in: well done!": "Jedinica je ozna\u010dena kao obra\u0111ena: bravo!",
    "Choose": "Izaberi",
    "Choose a Date": "Odaberite datum",
    "Choose a Time": "Izaberite vrijeme",
    "Choose a time": "Izaberite vrijeme",
    "Choose all": "Odaberi sve",
    "Chosen %s": "Odabrano %s",
    "Click to choose all %s at once.": "Kliknite da odabrete sve %s odjednom.",
    "Click to remove all chosen %s at once.": "Kliknite da uklonite sve izabrane %s odjednom.",
    "Colleague": "Kolega",
    "Colleagues asking to join": "Kolege koji tra\u017ee pridru\u017eivanje",
    "Confirm I was there": "Potvrdite svoju prisutnost",
    "Coordinator": "Koordinator",
    "Copied.": "Kopirano.",
    "Copying failed: select the code and copy it yourself.": "Kopiranje nije uspjelo: ozna\u010dite k\u00f4d i kopirajte ga sami.",
    "Could not reach the server. Check your connection and try again.": "Poslu\u017eitelj nije dostupan. Provjerite vezu i poku\u0161ajte ponovno.",
    "Decline": "Odbijte",
    "Decline %(name)s": "Odbijte zahtjev osobe %(name)s",
    "Decline the request": "Odbijte zahtjev",
    "Delete": "Izbri\u0161ite",
    "Delete the meeting of %(when)s": "Izbri\u0161ite sastanak: %(when)s",
    "Delete this meeting from the group's record?": "Izbrisati ovaj sastanak iz evidencije skupine?",
    "Delete \u201c%(title)s\u201d": "Izbri\u0161ite \u201e%(title)s\u201c",
    "Done": "Obavljeno",
    "Done.": "Gotovo.",
    "Edit": "Uredite",
    "Edit the meeting of %(when)s": "Uredite sastanak: %(when)s",
    "Edit the meeting record": "Uredite zapis o sastanku",
    "Edit the planned meeting": "Uredite planirani sastanak",
    "Edit your adaptation": "Uredite svoju prilagodbu",
    "Edit \u201c%(title)s\u201d": "Uredite \u201e%(title)s\u201c",
    "Edited on %(date)s.": "Ure\u0111eno %(date)s.",
    "Filter": "Filter",
    "Full": "Popunjeno",
    "Getting started as coordinator": "Prvi koraci u ulozi koordinatora",
    "Hand coordination over": "Predajte koordinaciju",
    "Hidden by course staff: %(reason)s": "Osoblje te\u010daja sakrilo je ovu prilagodbu: %(reason)s",
    "Hide": "Sakrijte",
    "Hide from learners": "Sakrijte od polaznika",
    "Hide these steps": "Sakrijte ove korake",
    "Hold the meeting at school and log it": "Odr\u017eite sastanak u \u0161koli i zabilje\u017eite ga",
    "Hybrid": "Hibridno",
    "I've worked through this unit": "Ozna\u010dite da ste obradili ovu jedinicu",
    "In person": "U\u017eivo",
    "Invite at least two colleagues with the join code": "Pozovite barem dvoje kolega pristupnim kodom",
    "Join": "Pridru\u017eite se",
    "Join %(school)s": "Pridru\u017eite se skupini %(school)s",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Pridru\u017eite se na\u0161oj studijskoj skupini \u201e%(school)s\u201c u ovom te\u010daju: otvorite bilo koju jedinicu sa Studijskom skupinom, odaberite \u201ePridru\u017eite se kodom\u201c i unesite %(code)s.",
    "Join with code only": "Pridru\u017eivanje samo kodom",
    "Last edited by %(name)s on %(when)s.": "Posljednja izmjena: %(name)s, %(when)s.",
    "Leave this study group? Your past records stay with the group.": "Napustiti ovu studijsku skupinu? Va\u0161i dosada\u0161nji zapisi ostaju u skupini.",
    "Log a meeting held at school": "Zabilje\u017eite sastanak odr\u017ean u \u0161koli",
    "Log this meeting": "Zabilje\u017eite ovaj sastanak",
    "Make %(name)s the coordinator? You will become a member.": "\u017delite li osobu %(name)s postaviti za koordinatora? Vi \u0107ete postati \u010dlan.",
    "Make a new join code? The old code will stop working.": "Izraditi novi pristupni k\u00f4d? Stari k\u00f4d vi\u0161e ne\u0107e raditi.",
    "Make co-coordinator": "Postavite za sukoordinatora",
    "Mark as useful": "Ozna\u010dite kao korisno",
    "Mark taken back.": "Oznaka \u201ekorisno\u201c je uklonjena.",
    "Marked as useful.": "Ozna\u010deno kao korisno.",
    "Meeting held on %(when)s": "Sastanak odr\u017ean %(when)s",
    "Meeting planned for %(when)s": "Sastanak planiran za %(when)s",
    "Meeting record pages": "Stranice evidencije sastanaka",
    "Midnight": "Pono\u0107",
    "More than %(total)s adaptations from other schools": "Vi\u0161e od %(total)s prilagodbi drugih \u0161kola",
    "More than %(total)s groups found": "Prona\u0111eno je vi\u0161e od %(total)s grupa",
    "Newer meetings": "Noviji sastanci",
    "Next meeting": "Sljede\u0107i sastanak",
    "Next page": "Sljede\u0107a stranica",
    "No group matches yet. If your school has none, start one below.": "Jo\u0161 nema odgovaraju\u0107e skupine. Ako va\u0161a \u0161kola nema skupinu, osnujte je u nastavku.",
    "No meeting is planned yet.": "Jo\u0161 nije planiran nijedan sastanak.",
    "No meetings recorded yet.": "Jo\u0161 nema zabilje\u017eenih sastanaka.",
    "Nobody was in the group on that day: check the date.": "Toga dana u skupini nije bilo nikoga: provjerite datum.",
    "Noon": "Podne",
    "Notes": "Bilje\u0161ke",
    "Now": "Sada",
    "Older meetings": "Stariji sastanci",
    "Online": "Online",
    "Open": "Otvoreno",
    "Open action items from the last meeting:": "Otvoreni zadaci s pro\u0161log sastanka:",
    "Outcomes": "Zaklju\u010dci",
    "Owner": "Odgovorna osoba",
    "Page %(page)s of %(pages)s": "Stranica %(page)s od %(pages)s",
    "Plan a meeting": "Planirajte sastanak",
    "Plan the first meeting": "Planirajte prvi sastanak",
    "Present:": "Prisutni:",
    "Previous page": "Prethodna stranica",
    "Print the group's evidence report": "Ispi\u0161ite izvje\u0161\u0107e o radu skupine",
    "Reason, shown to the author": "Razlog (vidjet \u0107e ga autor prilagodbe)",
    "Recorded by %(name)s.": "Autor zapisa: %(name)s.",
    "Remove": "Uklonite",
    "Remove %(name)s from the group? Their past records stay.": "Ukloniti osobu %(name)s iz skupine? Dosada\u0161nji zapisi te osobe ostaju sa\u010duvani.",
    "Remove all": "Ukloni sve",
    "Remove coordinator role": "Uklonite ulogu koordinatora",
    "Remove this action item": "Uklonite ovaj zadatak",
    "Reopened.": "Ponovno otvoreno.",
    "Search result pages": "Stranice rezultata pretra\u017eivanja",
    "Send the request": "Po\u0161aljite zahtjev",
    "Share how your group adapted a unit": "Podijelite kako je va\u0161a skupina prilagodila neku jedinicu",
    "Share how your group adapted this unit": "Podijelite kako je va\u0161a skupina prilagodila ovu jedinicu",
    "Shared by %(name)s.": "Autor prilagodbe: %(name)s.",
    "Show": "Prika\u017ei",
    "Show again": "Ponovno prika\u017eite",
    "Show \u201c%(title)s\u201d again": "Ponovno prika\u017eite \u201e%(title)s\u201c",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Ne\u0161to nije u redu. Poku\u0161ajte ponovno; ako se to ponovi, osvje\u017eite stranicu.",
    "Staff view: %(count)s study group in this course.": [
      "Prikaz za osoblje: %(count)s studijska skupina u ovom te\u010daju.",
      "Prikaz za osoblje: %(count)s studijske skupine u ovom te\u010daju.",
      "Prikaz za osoblje: %(count)s studijskih skupina u ovom te\u010daju."
    ],
    "Thank you for sharing.": "Hvala na dijeljenju.",
    "Thank you: your attendance is confirmed.": "Hvala: va\u0161a je prisutnost potvr\u0111ena.",
    "The adaptation is hidden from learners.": "Prilagodba je skrivena od polaznika.",
    "The adaptation is visible again.": "Prilagodba je ponovno vidljiva.",
    "The adaptation was withdrawn.": "Prilagodba je povu\u010dena.",
    "The group has a new join code.": "Skupina ima novi pristupni k\u00f4d.",
    "The meeting is planned.": "Sastanak je planiran.",
    "The meeting is recorded.": "Sastanak je zabilje\u017een.",
    "The meeting was deleted.": "Sastanak je izbrisan.",
    "The request is declined.": "Zahtjev je odbijen.",
    "The steps are hidden. The sections below hold everything.": "Koraci su skriveni. Sve \u0107ete prona\u0107i u odjeljcima u nastavku.",
    "Their reason: %(reason)s": "Razlog: %(reason)s",
    "This is the list of available %s. You may choose some by selecting them in the box below and then clicking the \"Choose\" arrow between the two boxes.": "Ovo je popis dostupnih %s. Mo\u017eete dodati pojedine na na\u010din da ih izaberete u polju ispod i kliknete \"Izaberi\" strelicu izme\u0111u dva polja. ",
    "This is the list of chosen %s. You may remove some by selecting them in the box below and then clicking the \"Remove\" arrow between the two boxes.": "Ovo je popis odabranih %s. Mo\u017eete ukloniti pojedine na na\u010din da ih izaberete u polju ispod i kliknete \"Ukloni\" strelicu izme\u0111u dva polja. ",
    "Ticked off.": "Ozna\u010deno kao obavljeno.",
    "Times are in the %(zone)s time zone.": "Vremena su prikazana u vremenskoj zoni %(zone)s.",
    "Today": "Danas",
    "Tomorrow": "Sutra",
    "Topics": "Teme",
    "Type into this box to filter down the list of available %s.": "Tipkajte u ovo polje da filtrirate listu dostupnih %s.",
    "Units discussed": "Jedinice o kojima se raspravljalo",
    "Units each colleague has worked through": "Jedinice koje su pojedini kolege obradili",
    "Useful (undo)": "Korisno (poni\u0161tite)",
    "Visible to your group only.": "Vidljivo samo va\u0161oj skupini.",
    "Welcome to the group!": "Dobro do\u0161li u skupinu!",
    "What you said you would do": "\u0160to ste se obvezali u\u010diniti",
    "Why, for %(name)s to read (optional)": "Razlog koji \u0107e pro\u010ditati %(name)s (neobavezno)",
    "Withdraw the request": "Povucite zahtjev",
    "Withdraw this adaptation?": "Povu\u0107i ovu prilagodbu?",
    "Working\u2026": "Obrada\u2026",
    "Yesterday": "Ju\u010der",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "Zatra\u017eili ste pridru\u017eivanje skupini %(school)s (%(date)s). Koordinatori skupine odgovorit \u0107e vam ovdje.",
    "You can ask another group, join one with a code or start your own.": "Mo\u017eete zatra\u017eiti pridru\u017eivanje drugoj skupini, pridru\u017eiti se skupini kodom ili osnovati vlastitu.",
    "You have left the group.": "Napustili ste skupinu.",
    "You have selected an action, and you haven't made any changes on individual fields. You're probably looking for the Go button rather than the Save button.": "Odabrali ste akciju, a niste napravili nikakve izmjene na pojedinim poljima. Vjerojatno tra\u017eite gumb Idi umjesto gumb Spremi.",
    "You have selected an action, but you haven't saved your changes to individual fields yet. Please click OK to save. You'll need to re-run the action.": "Odabrali ste akciju, ali niste jo\u0161 spremili promjene na pojedinim polja. Molimo kliknite OK za spremanje. Morat \u0107ete ponovno pokrenuti akciju.",
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved changes will be lost.": "Neke promjene nisu spremljene na pojedinim polja za ure\u0111ivanje. Ako pokrenete akciju, nespremljene promjene \u0107e biti izgubljene.",
    "You will get no more meeting e-mails from this course.": "Vi\u0161e ne\u0107ete primati e-poruke o sastancima iz ovog te\u010daja.",
    "You will get the group's meeting e-mails.": "Primat \u0107ete e-poruke o sastancima skupine.",
    "Your group has not shared an adaptation of this unit yet.": "Va\u0161a skupina jo\u0161 nije podijelila prilagodbu ove jedinice.",
    "Your group is ready. Invite colleagues with its join code.": "Va\u0161a je skupina spremna. Pozovite kolege pristupnim kodom.",
    "Your request is sent.": "Va\u0161 je zahtjev poslan.",
    "Your request is withdrawn.": "Va\u0161 je zahtjev povu\u010den.",
    "Your school is saved.": "Va\u0161a je \u0161kola spremljena.",
    "asked on %(date)s": "zatra\u017eeno %(date)s",
    "confirmed": "potvr\u0111eno",
    "joined %(date)s": "u skupini od %(date)s",
    "not yet": "jo\u0161 nije",
    "worked through": "obra\u0111eno",
    "\u2713 You have worked through this unit (undo)": "\u2713 Obradili ste ovu jedinicu (poni\u0161tite)"
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
        