
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
      "Utli g\u0127al %(count)s kollega",
      "Utli g\u0127al %(count)s kollegi",
      "Utli g\u0127al %(count)s kollega",
      "Utli g\u0127al %(count)s kollega"
    ],
    "%(count)s colleague is behind: the progress board shows who.": [
      "%(count)s kollega lura: tista' tara min fit-tabella tal-progress.",
      "%(count)s kollegi lura: tista' tara min fit-tabella tal-progress.",
      "%(count)s kollega lura: tista' tara min fit-tabella tal-progress.",
      "%(count)s kollega lura: tista' tara min fit-tabella tal-progress."
    ],
    "%(count)s of %(limit)s member": [
      "%(count)s minn %(limit)s membru",
      "%(count)s minn %(limit)s membri",
      "%(count)s minn %(limit)s membru",
      "%(count)s minn %(limit)s membru"
    ],
    "%(done)s of %(total)s first steps done.": "L-ewwel passi lesti: %(done)s minn %(total)s.",
    "%(name)s is now a member of the group.": "%(name)s issa membru tal-grupp.",
    "%(place)s \u00b7 working language: %(language)s \u00b7 %(members)s": "%(place)s \u00b7 lingwa tax-xog\u0127ol: %(language)s \u00b7 %(members)s",
    "%(school)s declined your request to join.": "It-talba tieg\u0127ek biex ting\u0127aqad ma' %(school)s \u0121iet irrifjutata.",
    "%(school)s in %(place)s already has a study group (%(members)s). Ask a colleague in it for its join code.": "%(school)s (%(place)s) di\u0121\u00e0 g\u0127andha grupp ta' studju (%(members)s). Itlob il-kodi\u010bi tal-grupp lil xi kollega fih.",
    "%(school)s in %(place)s already has a study group (%(members)s). Join it to study together?": "%(school)s (%(place)s) di\u0121\u00e0 g\u0127andha grupp ta' studju (%(members)s). Ting\u0127aqad mieg\u0127u u tistudja flimkien mal-membri tieg\u0127u?",
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
    "A short message to the coordinators of %(school)s (optional)": "Messa\u0121\u0121 qasir lill-koordinaturi ta' %(school)s (mhux obbligatorju)",
    "Adaptation pages": "Pa\u0121ni tal-adattamenti",
    "Add to my calendar (.ics)": "\u017bid mal-kalendarju tieg\u0127i (.ics)",
    "Change the group's pace": "Ibdel ir-ritmu tal-grupp",
    "Changes saved.": "Il-bidliet \u0121ew issejvjati.",
    "Colleagues asking to join": "Kollegi li qed jitolbu biex jing\u0127aqdu",
    "Copying failed: select the code and copy it yourself.": "L-ikkopjar ma rnexxiex: ag\u0127\u017cel il-kodi\u010bi u kkopjah int.",
    "Could not reach the server. Check your connection and try again.": "Ma stajniex naslu g\u0127as-server. I\u010b\u010bekkja l-konnessjoni tieg\u0127ek u er\u0121a' pprova.",
    "Course team view: %(count)s study group in this course.": [
      "G\u0127at-tim tal-kors: %(count)s grupp ta' studju f'dan il-kors.",
      "G\u0127at-tim tal-kors: %(count)s gruppi ta' studju f'dan il-kors.",
      "G\u0127at-tim tal-kors: %(count)s grupp ta' studju f'dan il-kors.",
      "G\u0127at-tim tal-kors: %(count)s grupp ta' studju f'dan il-kors."
    ],
    "Delete the meeting of %(when)s": "\u0126assar il-laqg\u0127a ta' nhar %(when)s",
    "Delete this meeting and its minutes?": "T\u0127assar din il-laqg\u0127a u l-minuti tag\u0127ha?",
    "Duration in minutes": "Kemm iddum, f'minuti",
    "Edit the meeting of %(when)s": "Editja l-laqg\u0127a ta' nhar %(when)s",
    "Edit the minutes": "Editja l-minuti",
    "Edit the planned meeting": "Editja l-laqg\u0127a ppjanata",
    "Edit your adaptation": "Editja l-adattament tieg\u0127ek",
    "Edited on %(date)s.": "Editjat nhar %(date)s.",
    "Every unit in the group's pace is due by now.": "Skont ir-ritmu tal-grupp, kull unit\u00e0 kellha tkun ma\u0127duma sa issa.",
    "Everyone has answered.": "Kul\u0127add wie\u0121eb.",
    "Getting started as coordinator": "L-ewwel passi b\u0127ala koordinatur",
    "Hidden by the course team: %(reason)s": "Mo\u0127bi mit-tim tal-kors: %(reason)s",
    "Hold the meeting at school and log it": "Ag\u0127mel il-laqg\u0127a fl-iskola u rre\u0121istraha",
    "I've worked through this unit": "\u0126dimt fuq din l-unit\u00e0",
    "Invite at least two colleagues with the join code": "Stieden mill-inqas \u017cew\u0121 kollegi bil-kodi\u010bi tal-grupp",
    "Join our study group \u201c%(school)s\u201d in this course: open any Study Group unit, choose \u201cJoin with a code\u201d and enter %(code)s.": "Ing\u0127aqad mal-grupp ta' studju tag\u0127na \u201c%(school)s\u201d f'dan il-kors: ifta\u0127 kwalunkwe unit\u00e0 tal-kors li fiha l-Grupp ta' Studju, ag\u0127\u017cel \u201cIng\u0127aqad b'kodi\u010bi\u201d u da\u0127\u0127al %(code)s.",
    "Last edited by %(name)s on %(when)s.": "Editjata l-a\u0127\u0127ar minn %(name)s nhar %(when)s.",
    "Leave this study group? Your meetings and adaptations stay with the group.": "To\u0127ro\u0121 minn dan il-grupp ta' studju? Il-laqg\u0127at u l-adattamenti tieg\u0127ek jibqg\u0127u mal-grupp.",
    "Log a meeting held at school": "Irre\u0121istra laqg\u0127a li saret fl-iskola",
    "Logged by %(name)s.": "Irre\u0121istrata minn %(name)s.",
    "Make %(name)s the coordinator? You will become a member.": "Tag\u0127mel lil %(name)s koordinatur? Int se ssir membru.",
    "Make a new join code? The old code will stop working.": "To\u0127loq kodi\u010bi \u0121did tal-grupp? Il-kodi\u010bi l-qadim ma jibqax ja\u0127dem.",
    "Mark a unit as worked through": "Immarka unit\u00e0 b\u0127ala ma\u0127duma",
    "Marked as useful.": "Immarkat b\u0127ala utli.",
    "Marked as worked through. Well done!": "Immarkata b\u0127ala ma\u0127duma. Prosit!",
    "Meeting held on %(when)s": "Laqg\u0127a li saret nhar %(when)s",
    "Meeting planned for %(when)s": "Laqg\u0127a ppjanata g\u0127al %(when)s",
    "More than %(total)s adaptations from other schools": "Aktar minn %(total)s adattament minn skejjel o\u0127ra",
    "More than %(total)s groups found": "Instabu aktar minn %(total)s grupp",
    "Newer meetings": "Laqg\u0127at aktar ri\u010benti",
    "Next meeting": "Il-laqg\u0127a li jmiss",
    "Next page": "Il-pa\u0121na li jmiss",
    "No group matches yet. If your school has none, start one below.": "L-ebda grupp ma jaqbel s'issa. Jekk l-iskola tieg\u0127ek m'g\u0127andhiex grupp, ibda wie\u0127ed hawn ta\u0127t.",
    "No longer marked as useful.": "M'g\u0127adux immarkat b\u0127ala utli.",
    "No longer marked as worked through.": "L-unit\u00e0 m'g\u0127adhiex immarkata b\u0127ala ma\u0127duma.",
    "No meeting is planned yet.": "G\u0127ad m'hemm l-ebda laqg\u0127a ppjanata.",
    "No meetings logged yet.": "G\u0127ad m'hemm l-ebda laqg\u0127a rre\u0121istrata.",
    "Nobody was in the group on that day: check the date.": "F'dak il-jum ma kien hemm \u0127add fil-grupp: i\u010b\u010bekkja d-data.",
    "Not answered yet: %(names)s": "G\u0127adhom ma wie\u0121bux: %(names)s",
    "Older meetings": "Laqg\u0127at eqdem",
    "Page %(page)s of %(pages)s": "Pa\u0121na %(page)s minn %(pages)s",
    "Pages of the group's meetings": "Pa\u0121ni tal-laqg\u0127at tal-grupp",
    "Plan a meeting": "Ippjana laqg\u0127a",
    "Plan the first meeting": "Ippjana l-ewwel laqg\u0127a",
    "Please answer by %(day)s.": "Wie\u0121eb sa nhar %(day)s.",
    "Previous page": "Il-pa\u0121na ta' qabel",
    "Print the group's evidence report": "Ipprintja r-rapport tal-evidenza tal-grupp",
    "Proposed by %(name)s.": "Proposti minn %(name)s.",
    "Proposed by you.": "Proposti minnek.",
    "Reason, shown to the author": "Ra\u0121uni (tidher lil min qasam l-adattament)",
    "Remove %(name)s from the group? Their meetings and adaptations stay with the group.": "Tne\u0127\u0127i lil %(name)s mill-grupp? Il-laqg\u0127at u l-adattamenti jibqg\u0127u mal-grupp.",
    "Remove the group's pace? Each unit's date will be lost.": "Tne\u0127\u0127i r-ritmu tal-grupp? Id-data ta' kull unit\u00e0 tintilef.",
    "Remove this task": "Ne\u0127\u0127i din il-bi\u010b\u010ba xog\u0127ol",
    "Search result pages": "Pa\u0121ni tar-ri\u017cultati tat-tfittxija",
    "Set the group's pace": "Stabbilixxi r-ritmu tal-grupp",
    "Share how your group adapted a unit": "Aqsam kif il-grupp tieg\u0127ek adatta unit\u00e0",
    "Share how your group adapted this unit": "Aqsam kif il-grupp tieg\u0127ek adatta din l-unit\u00e0",
    "Shared by %(name)s.": "Maqsum minn %(name)s.",
    "Something went wrong. Please try again; if it happens again, reload the page.": "Xi \u0127a\u0121a marret \u0127a\u017cin. Er\u0121a' pprova; jekk jer\u0121a' ji\u0121ri, er\u0121a' tella' l-pa\u0121na.",
    "Start time": "\u0126in tal-bidu",
    "Suits the most colleagues so far": "S'issa jaqbel lill-aktar kollegi",
    "Tasks still open from the last meeting:": "Bi\u010b\u010biet xog\u0127ol li g\u0127adhom pendenti mill-a\u0127\u0127ar laqg\u0127a:",
    "Thank you for sharing.": "Grazzi talli qsamt.",
    "Thank you: your attendance is confirmed.": "Grazzi: l-attendenza tieg\u0127ek \u0121iet ikkonfermata.",
    "The adaptation is hidden from learners.": "L-adattament mo\u0127bi mill-parte\u010bipanti.",
    "The adaptation is visible again.": "L-adattament qed jer\u0121a' jidher.",
    "The adaptation was withdrawn.": "L-adattament \u0121ie rtirat.",
    "The group has a new join code.": "Il-grupp g\u0127andu kodi\u010bi \u0121did.",
    "The group's pace": "Ir-ritmu tal-grupp",
    "The group's pace is removed.": "Ir-ritmu tal-grupp tne\u0127\u0127a.",
    "The group's pace is saved.": "Ir-ritmu tal-grupp \u0121ie ssejvjat.",
    "The group's pace starts on %(start)s: %(unit)s first, by %(day)s.": "Ir-ritmu tal-grupp jibda nhar %(start)s: l-ewwel %(unit)s, sa nhar %(day)s.",
    "The meeting is logged.": "Il-laqg\u0127a \u0121iet irre\u0121istrata.",
    "The meeting is planned at the time you chose.": "Il-laqg\u0127a \u0121iet ippjanata fil-\u0127in li g\u0127a\u017cilt.",
    "The meeting is planned.": "Il-laqg\u0127a \u0121iet ippjanata.",
    "The meeting was deleted.": "Il-laqg\u0127a t\u0127assret.",
    "The request is declined.": "It-talba \u0121iet irrifjutata.",
    "The steps are hidden. The sections below hold everything.": "Il-passi mo\u0127bija. Kollox tista' ssibu fit-taqsimiet hawn ta\u0127t.",
    "The times are proposed: your colleagues can answer now.": "Il-\u0127inijiet \u0121ew proposti: il-kollegi tieg\u0127ek jistg\u0127u jwie\u0121bu issa.",
    "The times are withdrawn.": "Il-\u0127inijiet \u0121ew irtirati.",
    "Their reason: %(reason)s": "Ir-ra\u0121uni tag\u0127hom: %(reason)s",
    "This week: %(unit)s, by %(day)s": "Din il-\u0121img\u0127a: %(unit)s, sa nhar %(day)s",
    "Ticked off.": "Immarkata b\u0127ala lesta.",
    "Times are in the %(zone)s time zone.": "Il-\u0127inijiet huma fi\u017c-\u017cona tal-\u0127in %(zone)s.",
    "Times are proposed for the next meeting.": "Hemm \u0127inijiet proposti g\u0127all-laqg\u0127a li jmiss.",
    "Times proposed for the next meeting": "\u0126inijiet proposti g\u0127all-laqg\u0127a li jmiss",
    "Units discussed": "Unitajiet diskussi",
    "Units due since the last meeting:": "Unitajiet li kellhom ikunu ma\u0127duma mill-a\u0127\u0127ar laqg\u0127a 'l hawn:",
    "Units each colleague has worked through": "L-unitajiet li \u0127adem fuqhom kull kollega",
    "Useful (undo)": "Utli (ne\u0127\u0127i l-marka)",
    "Visible to your group only.": "Jidher lill-grupp tieg\u0127ek biss.",
    "Welcome to the group!": "Mer\u0127ba fil-grupp!",
    "What you said you would do": "Dak li g\u0127edt li se tag\u0127mel",
    "Who does it": "Min se jag\u0127milha",
    "Why, for %(name)s to read (optional)": "Ra\u0121uni g\u0127al %(name)s (mhux obbligatorju)",
    "Withdraw these times? The answers given so far will be lost.": "Tirtira dawn il-\u0127inijiet? It-twe\u0121ibiet mog\u0127tija s'issa jintilfu.",
    "Withdraw this adaptation?": "Tirtira dan l-adattament?",
    "You are %(count)s unit behind the group's pace.": [
      "Int %(count)s unit\u00e0 lura mir-ritmu tal-grupp.",
      "Int %(count)s unitajiet lura mir-ritmu tal-grupp.",
      "Int %(count)s unit\u00e0 lura mir-ritmu tal-grupp.",
      "Int %(count)s unit\u00e0 lura mir-ritmu tal-grupp."
    ],
    "You are ahead of the group's pace.": "Int 'il quddiem mir-ritmu tal-grupp.",
    "You are on track with the group's pace.": "Int fil-\u0127in skont ir-ritmu tal-grupp.",
    "You asked on %(date)s to join %(school)s. Its coordinators will answer here.": "Nhar %(date)s tlabt biex ting\u0127aqad ma' %(school)s. Il-koordinaturi tal-grupp se jwie\u0121buk hawn.",
    "You can ask another group, join one with a code or start your own.": "Tista' titlob lil grupp ie\u0127or, ting\u0127aqad ma' grupp b'kodi\u010bi, jew tibda grupp tieg\u0127ek.",
    "You have left the group.": "\u0126ri\u0121t mill-grupp.",
    "You will get no more meeting e-mails from this course.": "M'intix se tir\u010bievi aktar emails dwar il-laqg\u0127at minn dan il-kors.",
    "You will get the group's meeting e-mails.": "Se tir\u010bievi l-emails dwar il-laqg\u0127at tal-grupp.",
    "Your answers are saved.": "It-twe\u0121ibiet tieg\u0127ek \u0121ew issejvjati.",
    "Your group has not shared an adaptation of this unit yet.": "Il-grupp tieg\u0127ek g\u0127adu ma qasam l-ebda adattament ta' din l-unit\u00e0.",
    "Your group is ready. Invite colleagues with its join code.": "Il-grupp tieg\u0127ek lest. Stieden lill-kollegi bil-kodi\u010bi tal-grupp.",
    "Your request is sent.": "It-talba tieg\u0127ek intbag\u0127tet.",
    "Your request is withdrawn.": "It-talba tieg\u0127ek \u0121iet irtirata.",
    "Your school is saved.": "L-iskola tieg\u0127ek \u0121iet issejvjata.",
    "a proposed meeting time, then how long it lasts\u0004%(start)s, %(duration)s": "%(start)s, %(duration)s",
    "a task is done\u0004Done": "Lesta",
    "a task is marked as not done again\u0004Reopened.": "Miftu\u0127a mill-\u0121did.",
    "a unit in a meeting's agenda, and the day it is due\u0004%(unit)s (by %(day)s)": "%(unit)s (sa nhar %(day)s)",
    "after the name of the person viewing the page\u0004(you)": "(int)",
    "an answer to a proposed meeting time\u0004If need be": "Jekk hemm b\u017conn",
    "an answer to a proposed meeting time\u0004No": "Le",
    "an answer to a proposed meeting time\u0004Yes": "Iva",
    "an answer to a proposed meeting time, then who gave it\u0004%(answer)s: %(names)s": "%(answer)s: %(names)s",
    "asked on %(date)s": "talba ta' %(date)s",
    "attendance confirmed by the member\u0004confirmed": "ikkonfermat",
    "before the names of those at a meeting\u0004Present:": "Pre\u017centi:",
    "button\u0004Accept": "A\u010b\u010betta",
    "button\u0004Accept %(name)s": "A\u010b\u010betta lil %(name)s",
    "button\u0004Ask to join": "Itlob biex ting\u0127aqad",
    "button\u0004Ask to join %(school)s": "Itlob biex ting\u0127aqad ma' %(school)s",
    "button\u0004Cancel": "Ikkan\u010bella",
    "button\u0004Choose the times that suit you": "Ag\u0127\u017cel il-\u0127inijiet li jaqblulek",
    "button\u0004Confirm I was there": "Ikkonferma li kont hemm",
    "button\u0004Decline": "Irrifjuta",
    "button\u0004Decline %(name)s": "Irrifjuta t-talba ta' %(name)s",
    "button\u0004Decline the request": "Irrifjuta t-talba",
    "button\u0004Delete": "\u0126assar",
    "button\u0004Delete \u201c%(title)s\u201d": "\u0126assar \u201c%(title)s\u201d",
    "button\u0004Edit": "Editja",
    "button\u0004Edit \u201c%(title)s\u201d": "Editja \u201c%(title)s\u201d",
    "button\u0004Hand over the coordinator role": "G\u0127addi r-rwol ta' koordinatur",
    "button\u0004Hide": "A\u0127bi",
    "button\u0004Hide from learners": "A\u0127bi mill-parte\u010bipanti",
    "button\u0004Hide these steps": "A\u0127bi dawn il-passi",
    "button\u0004Join": "Ing\u0127aqad",
    "button\u0004Join %(school)s": "Ing\u0127aqad ma' %(school)s",
    "button\u0004Log this meeting": "Irre\u0121istra din il-laqg\u0127a",
    "button\u0004Make co-coordinator": "Ag\u0127mel ko-koordinatur",
    "button\u0004Mark as useful": "Immarka b\u0127ala utli",
    "button\u0004Plan a meeting": "Ippjana laqg\u0127a",
    "button\u0004Plan the meeting at this time": "Ippjana l-laqg\u0127a f'dan il-\u0127in",
    "button\u0004Remove": "Ne\u0127\u0127i",
    "button\u0004Remove coordinator role": "Ne\u0127\u0127i r-rwol ta' koordinatur",
    "button\u0004Remove this time": "Ne\u0127\u0127i dan il-\u0127in",
    "button\u0004Save my answers": "Issejvja t-twe\u0121ibiet tieg\u0127i",
    "button\u0004Send the request": "Ibg\u0127at it-talba",
    "button\u0004Show again": "Er\u0121a' uri",
    "button\u0004Show \u201c%(title)s\u201d again": "Er\u0121a' uri \u201c%(title)s\u201d",
    "button\u0004Withdraw the request": "Irtira t-talba",
    "button\u0004Withdraw these times": "Irtira dawn il-\u0127inijiet",
    "duration of a meeting\u0004%(count)s minute": [
      "%(count)s minuta",
      "%(count)s minuti",
      "%(count)s minuta",
      "%(count)s minuta"
    ],
    "form field label\u0004Date": "Data",
    "form field label\u0004Task": "Bi\u010b\u010ba xog\u0127ol",
    "instead of a name, in a list of people\u0004you": "int",
    "message after an action\u0004Copied.": "Ikkopjat.",
    "message after an action\u0004Done.": "Sar.",
    "not yet": "g\u0127adha mhix ma\u0127duma",
    "one of the times proposed for a meeting, by its number\u0004Time %(number)s": "\u0126in %(number)s",
    "people at a meeting who are not in the course\u0004%(count)s guest": [
      "%(count)s mistieden",
      "%(count)s mistednin",
      "%(count)s mistieden",
      "%(count)s mistieden"
    ],
    "rhythm of a study group's pace\u0004One unit every week, from %(day)s.": [
      "Unit\u00e0 kull \u0121img\u0127a, minn nhar %(day)s.",
      "Unit\u00e0 kull %(count)s \u0121img\u0127at, minn nhar %(day)s.",
      "Unit\u00e0 kull %(count)s \u0121img\u0127a, minn nhar %(day)s.",
      "Unit\u00e0 kull %(count)s \u0121img\u0127a, minn nhar %(day)s."
    ],
    "role in a study group\u0004Coordinator": "Koordinatur",
    "shown while a change is being saved\u0004Working\u2026": "Qed nissejvjaw\u2026",
    "standing against a study group's pace\u0004%(count)s unit behind": [
      "%(count)s unit\u00e0 lura",
      "%(count)s unitajiet lura",
      "%(count)s unit\u00e0 lura",
      "%(count)s unit\u00e0 lura"
    ],
    "standing against a study group's pace\u0004Ahead": "'Il quddiem",
    "standing against a study group's pace\u0004On track": "Fil-\u0127in",
    "status of a study group\u0004By request": "B'talba",
    "status of a study group\u0004Full": "Mimli",
    "status of a study group\u0004Join with code only": "B'kodi\u010bi biss",
    "status of a study group\u0004Open": "Miftu\u0127",
    "table heading\u0004Agenda": "A\u0121enda",
    "table heading\u0004Colleague": "Kollega",
    "table heading\u0004Notes": "Noti",
    "table heading\u0004Outcomes": "Ri\u017cultati",
    "table heading\u0004Pace": "Ritmu",
    "table heading\u0004Topics": "Su\u0121\u0121etti",
    "tasks agreed at a meeting\u0004Tasks": "Bi\u010b\u010biet xog\u0127ol",
    "the answers to a proposed meeting time, counted\u0004Yes: %(yes)s \u00b7 If need be: %(if_need_be)s \u00b7 No: %(no)s": "Iva: %(yes)s \u00b7 Jekk hemm b\u017conn: %(if_need_be)s \u00b7 Le: %(no)s",
    "the day a member joined\u0004joined %(date)s": "membru minn %(date)s",
    "the day a unit is due in the group's pace\u0004by %(day)s": "sa nhar %(day)s",
    "what a button does, then whom or what it is for: read by screen readers\u0004%(action)s: %(name)s": "%(action)s: %(name)s",
    "who does a task\u0004Anyone": "Kwalunkwe membru",
    "worked through": "ma\u0127duma",
    "\u2713 You have worked through this unit (undo)": "\u2713 \u0126dimt fuq din l-unit\u00e0 (ne\u0127\u0127i l-marka)"
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
        