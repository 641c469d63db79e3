
            (function(global){
                var StudyGroupXBlockI18N = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n==1 ? 0 : n==0 || ( n%100>1 && n%100<11) ? 1 : (n%100>10 && n%100<20 ) ? 2 : 3);
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
      "%(count)s kollega sab dan utli",
      "%(count)s kollegi sabu dan utli",
      "%(count)s kollega sabu dan utli",
      "%(count)s kollega sabu dan utli"
    ],
    "%(count)s guest": [
      "%(count)s mistieden",
      "%(count)s mistednin",
      "%(count)s mistieden",
      "%(count)s mistieden"
    ],
    "%(count)s minute": [
      "%(count)s minuta",
      "%(count)s minuti",
      "%(count)s minuta",
      "%(count)s minuta"
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s minn %(limit)s membru",
      "%(count)s minn %(limit)s membri",
      "%(count)s minn %(limit)s membru",
      "%(count)s minn %(limit)s membru"
    ],
    "%(done)s of %(total)s first steps done.": "Lestejt %(done)s minn %(total)s mill-ewwel passi.",
    "%(name)s is now a member of the group.": "%(name)s issa membru tal-grupp.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 lingwa tax-xog\u0127ol: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "It-talba tieg\u0127ek biex ting\u0127aqad ma' %(school)s \u0121iet mi\u010b\u0127uda.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s (%(place)s) di\u0121\u00e0 g\u0127andha grupp ta' studju (%(members)s). Staqsi lil kollega fil-grupp g\u0127all-kodi\u010bi tad-d\u0127ul.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s (%(place)s) di\u0121\u00e0 g\u0127andha grupp ta' studju (%(members)s). Ting\u0127aqad mieg\u0127u biex tistudjaw flimkien?",
    "%(total)s adaptation from other schools": [
      "%(total)s adattament minn skejjel o\u0127ra",
      "%(total)s adattamenti minn skejjel o\u0127ra",
      "%(total)s adattament minn skejjel o\u0127ra",
      "%(total)s adattament minn skejjel o\u0127ra"
    ],
    "%(total)s group found": [
      "Instab %(total)s grupp",
      "Instabu %(total)s gruppi",
      "Instabu %(total)s grupp",
      "Instabu %(total)s grupp"
    ],
    "(you)": "(int)",
    "A short message to the coordinators of %(school)s (optional)": "Messa\u0121\u0121 qasir lill-koordinaturi ta' %(school)s (mhux obbligatorju)",
    "Accept": "A\u010b\u010betta",
    "Accept %(name)s": "A\u010b\u010betta lil %(name)s",
    "Action item": "Kompitu",
    "Action items": "Kompiti",
    "Adaptation pages": "Pa\u0121ni tal-adattamenti",
    "Add to my calendar (.ics)": "\u017bid mal-kalendarju tieg\u0127i (.ics)",
    "Agenda": "A\u0121enda",
    "Anyone": "Kul\u0127add",
    "Ask to join": "Itlob biex ting\u0127aqad",
    "Ask to join %(school)s": "Itlob biex ting\u0127aqad ma' %(school)s",
    "By request": "B'talba",
    "Cancel": "Ikkan\u010bella",
    "Changes saved.": "Il-bidliet \u0121ew issejvjati.",
    "Check in on a unit you have worked through": "Immarka unit\u00e0 li lestejt b\u0127ala lesta",
    "Check-in taken back.": "L-unit\u00e0 m'g\u0127adhiex immarkata b\u0127ala lesta.",
    "Checked in: well done!": "Immarkata b\u0127ala lesta: prosit!",
    "Colleague": "Kollega",
    "Colleagues asking to join": "Kollegi li jixtiequ jing\u0127aqdu",
    "Confirm I was there": "Ikkonferma li kont pre\u017centi",
    "Coordinator": "Koordinatur",
    "Copied.": "\u0120ie kkopjat.",
    "Copying failed: select the code and copy it yourself.": "L-ikkopjar ma rnexxiex: ag\u0127\u017cel il-kodi\u010bi u kkopjah int.",
    "Could not reach the server. Check your connection and try again.": "Ma stajniex nil\u0127qu s-server. I\u010b\u010bekkja l-konnessjoni tieg\u0127ek u er\u0121a' pprova.",
    "Decline": "I\u010b\u0127ad",
    "Decline %(name)s": "I\u010b\u0127ad it-talba ta' %(name)s",
    "Decline the request": "I\u010b\u0127ad it-talba",
    "Delete": "\u0126assar",
    "Delete the meeting of %(when)s": "\u0126assar il-laqg\u0127a ta' nhar %(when)s",
    "Delete this meeting from the group's record?": "T\u0127assar din il-laqg\u0127a mir-re\u0121istru tal-grupp?",
    "Delete \u201c%(title)s\u201d": "\u0126assar \u201c%(title)s\u201d",
    "Done": "Lest",
    "Done.": "Lest.",
    "Edit": "Editja",
    "Edit the meeting of %(when)s": "Editja l-laqg\u0127a ta' nhar %(when)s",
    "Edit the meeting record": "Editja r-rekord tal-laqg\u0127a",
    "Edit the planned meeting": "Editja l-laqg\u0127a ppjanata",
    "Edit your adaptation": "Editja l-adattament tieg\u0127ek",
    "Edit \u201c%(title)s\u201d": "Editja \u201c%(title)s\u201d",
    "Edited on %(date)s.": "Editjat nhar %(date)s.",
    "Full": "Mimli",
    "Getting started as coordinator": "L-ewwel passi b\u0127ala koordinatur",
    "Hand coordination over": "G\u0127addi l-koordinazzjoni",
    "Hidden by course staff: %(reason)s": "Mo\u0127bi mill-persunal tal-kors: %(reason)s",
    "Hide": "A\u0127bi",
    "Hide from learners": "A\u0127bi mill-parte\u010bipanti",
    "Hide these steps": "A\u0127bi dawn il-passi",
    "Hold the meeting at school and log it": "Ag\u0127mel il-laqg\u0127a fl-iskola u rre\u0121istraha",
    "Hybrid": "Ibrida",
    "I've worked through this unit": "Lestejt din l-unit\u00e0",
    "In person": "Wi\u010b\u010b imb'wi\u010b\u010b",
    "Invite at least two colleagues with the join code": "Stieden mill-inqas \u017cew\u0121 kollegi bil-kodi\u010bi tad-d\u0127ul",
    "Join": "Ing\u0127aqad",
    "Join %(school)s": "Ing\u0127aqad ma' %(school)s",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Ing\u0127aqad mal-grupp ta' studju tag\u0127na \u201c%(school)s\u201d f'dan il-kors: ifta\u0127 kwalunkwe unit\u00e0 li fiha Grupp ta' Studju, ag\u0127\u017cel \u201cIng\u0127aqad b'kodi\u010bi\u201d u da\u0127\u0127al %(code)s.",
    "Join with code only": "D\u0127ul b'kodi\u010bi biss",
    "Last edited by %(name)s on %(when)s.": "Editjata l-a\u0127\u0127ar minn %(name)s nhar %(when)s.",
    "Leave this study group? Your past records stay with the group.": "To\u0127ro\u0121 minn dan il-grupp ta' studju? Ir-rekords tieg\u0127ek ta' qabel jibqg\u0127u mal-grupp.",
    "Log a meeting held at school": "Irre\u0121istra laqg\u0127a li saret fl-iskola",
    "Log this meeting": "Irre\u0121istra din il-laqg\u0127a",
    "Make %(name)s the coordinator? You will become a member.": "Tag\u0127mel lil %(name)s il-koordinatur? Int issir membru.",
    "Make a new join code? The old code will stop working.": "To\u0127loq kodi\u010bi tad-d\u0127ul \u0121did? Il-kodi\u010bi l-qadim ma jibqax ja\u0127dem.",
    "Make co-coordinator": "Ag\u0127mel ko-koordinatur",
    "Mark as useful": "Immarka b\u0127ala utli",
    "Mark taken back.": "M'g\u0127adux immarkat b\u0127ala utli.",
    "Marked as useful.": "Immarkat b\u0127ala utli.",
    "Meeting held on %(when)s": "Laqg\u0127a li saret nhar %(when)s",
    "Meeting planned for %(when)s": "Laqg\u0127a ppjanata g\u0127al nhar %(when)s",
    "Meeting record pages": "Pa\u0121ni tar-re\u0121istru tal-laqg\u0127at",
    "More than %(total)s adaptations from other schools": "Aktar minn %(total)s adattament minn skejjel o\u0127ra",
    "More than %(total)s groups found": "Instabu aktar minn %(total)s grupp",
    "Newer meetings": "Laqg\u0127at aktar \u0121odda",
    "Next meeting": "Il-laqg\u0127a li jmiss",
    "Next page": "Il-pa\u0121na li jmiss",
    "No group matches yet. If your school has none, start one below.": "L-ebda grupp ma jaqbel s'issa. Jekk l-iskola tieg\u0127ek m'g\u0127andhiex grupp, ibda wie\u0127ed hawn ta\u0127t.",
    "No meeting is planned yet.": "G\u0127ad m'hemm l-ebda laqg\u0127a ppjanata.",
    "No meetings recorded yet.": "G\u0127ad m'hemm l-ebda laqg\u0127a rre\u0121istrata.",
    "Nobody was in the group on that day: check the date.": "F'dak il-jum ma kien hemm \u0127add fil-grupp: i\u010b\u010bekkja d-data.",
    "Notes": "Noti",
    "Older meetings": "Laqg\u0127at aktar qodma",
    "Online": "Online",
    "Open": "Miftu\u0127",
    "Open action items from the last meeting:": "Kompiti li g\u0127adhom miftu\u0127a mill-a\u0127\u0127ar laqg\u0127a:",
    "Outcomes": "Ri\u017cultati",
    "Owner": "Responsabbli",
    "Page %(page)s of %(pages)s": "Pa\u0121na %(page)s minn %(pages)s",
    "Plan a meeting": "Ippjana laqg\u0127a",
    "Plan the first meeting": "Ippjana l-ewwel laqg\u0127a",
    "Present:": "Pre\u017centi:",
    "Previous page": "Il-pa\u0121na ta' qabel",
    "Print the group's evidence report": "Ipprintja r-rapport tal-evidenza tal-grupp",
    "Reason, shown to the author": "Ra\u0121uni (jaraha min qasam l-adattament)",
    "Recorded by %(name)s.": "Irre\u0121istrata minn %(name)s.",
    "Remove": "Ne\u0127\u0127i",
    "Remove %(name)s from the group? Their past records stay.": "Tne\u0127\u0127i lil %(name)s mill-grupp? Ir-rekords ta' qabel jibqg\u0127u.",
    "Remove coordinator role": "Ne\u0127\u0127i r-rwol ta' koordinatur",
    "Remove this action item": "Ne\u0127\u0127i dan il-kompitu",
    "Reopened.": "Miftu\u0127 mill-\u0121did.",
    "Search result pages": "Pa\u0121ni tar-ri\u017cultati tat-tfittxija",
    "Send the request": "Ibg\u0127at it-talba",
    "Share how your group adapted a unit": "Aqsam kif il-grupp tieg\u0127ek adatta unit\u00e0",
    "Share how your group adapted this unit": "Aqsam kif il-grupp tieg\u0127ek adatta din l-unit\u00e0",
    "Shared by %(name)s.": "Maqsum minn %(name)s.",
    "Show again": "Er\u0121a' uri",
    "Show \u201c%(title)s\u201d again": "Er\u0121a' uri \u201c%(title)s\u201d",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Xi \u0127a\u0121a marret \u0127a\u017cin. Er\u0121a' pprova; jekk jer\u0121a' ji\u0121ri, er\u0121a' tella' l-pa\u0121na.",
    "Staff view: %(count)s study group in this course.": [
      "Veduta tal-persunal: %(count)s grupp ta' studju f'dan il-kors.",
      "Veduta tal-persunal: %(count)s gruppi ta' studju f'dan il-kors.",
      "Veduta tal-persunal: %(count)s grupp ta' studju f'dan il-kors.",
      "Veduta tal-persunal: %(count)s grupp ta' studju f'dan il-kors."
    ],
    "Thank you for sharing.": "Grazzi talli qsamt.",
    "Thank you: your attendance is confirmed.": "Grazzi: l-attendenza tieg\u0127ek \u0121iet ikkonfermata.",
    "The adaptation is hidden from learners.": "L-adattament huwa mo\u0127bi mill-parte\u010bipanti.",
    "The adaptation is visible again.": "L-adattament qed jidher mill-\u0121did.",
    "The adaptation was withdrawn.": "L-adattament \u0121ie rtirat.",
    "The group has a new join code.": "Il-grupp g\u0127andu kodi\u010bi tad-d\u0127ul \u0121did.",
    "The meeting is planned.": "Il-laqg\u0127a \u0121iet ippjanata.",
    "The meeting is recorded.": "Il-laqg\u0127a \u0121iet irre\u0121istrata.",
    "The meeting was deleted.": "Il-laqg\u0127a t\u0127assret.",
    "The request is declined.": "It-talba \u0121iet mi\u010b\u0127uda.",
    "The steps are hidden. The sections below hold everything.": "Il-passi huma mo\u0127bija. Kollox issibu fit-taqsimiet hawn ta\u0127t.",
    "Their reason: %(reason)s": "Ir-ra\u0121uni tag\u0127hom: %(reason)s",
    "Ticked off.": "Immarkat b\u0127ala lest.",
    "Times are in the %(zone)s time zone.": "Il-\u0127inijiet huma fi\u017c-\u017cona tal-\u0127in %(zone)s.",
    "Topics": "Su\u0121\u0121etti",
    "Units discussed": "Unitajiet diskussi",
    "Units each colleague has worked through": "L-unitajiet li lesta kull kollega",
    "Useful (undo)": "Utli (ikkan\u010bella)",
    "Visible to your group only.": "Jidher mill-grupp tieg\u0127ek biss.",
    "Welcome to the group!": "Mer\u0127ba fil-grupp!",
    "What you said you would do": "Dak li g\u0127edt li se tag\u0127mel",
    "Why, for %(name)s to read (optional)": "Ra\u0121uni (jaraha %(name)s, mhux obbligatorju)",
    "Withdraw the request": "Irtira t-talba",
    "Withdraw this adaptation?": "Tirtira dan l-adattament?",
    "Working\u2026": "Qed ja\u0127dem\u2026",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "Nhar %(date)s tlabt biex ting\u0127aqad ma' %(school)s. Il-koordinaturi tal-grupp se jwie\u0121buk hawn.",
    "You can ask another group, join one with a code or start your own.": "Tista' titlob lil grupp ie\u0127or, ting\u0127aqad ma' grupp b'kodi\u010bi jew tibda grupp tieg\u0127ek.",
    "You have left the group.": "\u0126ri\u0121t mill-grupp.",
    "You will get no more meeting e-mails from this course.": "M'intix se tir\u010bievi aktar emails dwar il-laqg\u0127at minn dan il-kors.",
    "You will get the group's meeting e-mails.": "Se tir\u010bievi l-emails dwar il-laqg\u0127at tal-grupp.",
    "Your group has not shared an adaptation of this unit yet.": "Il-grupp tieg\u0127ek g\u0127adu ma qasam l-ebda adattament ta' din l-unit\u00e0.",
    "Your group is ready. Invite colleagues with its join code.": "Il-grupp tieg\u0127ek lest. Stieden lill-kollegi bil-kodi\u010bi tad-d\u0127ul tieg\u0127u.",
    "Your request is sent.": "It-talba tieg\u0127ek intbag\u0127tet.",
    "Your request is withdrawn.": "It-talba tieg\u0127ek \u0121iet irtirata.",
    "Your school is saved.": "L-iskola tieg\u0127ek \u0121iet issejvjata.",
    "asked on %(date)s": "talab nhar %(date)s",
    "confirmed": "ikkonfermat",
    "joined %(date)s": "fil-grupp minn %(date)s",
    "not yet": "g\u0127adu le",
    "worked through": "lesta",
    "\u2713 You have worked through this unit (undo)": "\u2713 Lestejt din l-unit\u00e0 (ikkan\u010bella)"
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
    "DATETIME_FORMAT": "N j, Y, P",
    "DATETIME_INPUT_FORMATS": [
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%m/%d/%Y %H:%M:%S",
      "%m/%d/%Y %H:%M:%S.%f",
      "%m/%d/%Y %H:%M",
      "%m/%d/%y %H:%M:%S",
      "%m/%d/%y %H:%M:%S.%f",
      "%m/%d/%y %H:%M"
    ],
    "DATE_FORMAT": "N j, Y",
    "DATE_INPUT_FORMATS": [
      "%Y-%m-%d",
      "%m/%d/%Y",
      "%m/%d/%y",
      "%b %d %Y",
      "%b %d, %Y",
      "%d %b %Y",
      "%d %b, %Y",
      "%B %d %Y",
      "%B %d, %Y",
      "%d %B %Y",
      "%d %B, %Y"
    ],
    "DECIMAL_SEPARATOR": ".",
    "FIRST_DAY_OF_WEEK": 0,
    "MONTH_DAY_FORMAT": "F j",
    "NUMBER_GROUPING": 0,
    "SHORT_DATETIME_FORMAT": "m/d/Y P",
    "SHORT_DATE_FORMAT": "m/d/Y",
    "THOUSAND_SEPARATOR": ",",
    "TIME_FORMAT": "P",
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
        