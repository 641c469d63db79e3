"""Thirty more schools of the demo course, in real towns of the eight pilot countries.

Each has a coordinator and a few colleagues with local names, and a few months of
meetings; some shared an adaptation of unit 1 with the whole course. One group has gone
quiet, and one has closed (all its members left), so every view has something true-looking.
"""

import unicodedata
from dataclasses import dataclass

ACTIVE, QUIET, CLOSED = "active", "quiet", "closed"


@dataclass(frozen=True)
class School:
    name: str
    city: str
    country: str
    language: str
    time_zone: str
    teachers: tuple[str, ...]  # the coordinator first
    story: str = ACTIVE
    adaptation: tuple[str, str, str] | None = None  # title, subject, what they did
    level: int = 1  # ISCED


def username(full_name):
    """``Marija Babić`` signs in as ``marija.babic``."""
    ascii_name = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    return ".".join(ascii_name.lower().split())


# St Albert the Great College in Valletta takes members by request: its coordinator, a teacher of
# St Joseph School in Sliema who joined, and one whose request waits.
REGIONAL_TEACHERS = ("Carmen Farrugia", "Joanne Camilleri", "Claire Azzopardi")

SCHOOLS = (
    School(
        "OŠ Ivana Gorana Kovačića",
        "Rijeka",
        "HR",
        "hr",
        "Europe/Zagreb",
        ("Marija Babić", "Tomislav Jurić", "Petra Novak"),
        adaptation=(
            "Peer feedback with two stars and a wish",
            "Croatian language",
            "Pupils leave two strengths and "
            "one wish on a partner's draft before they hand it in; we model it with the unit's example text.",
        ),
    ),
    School("OŠ Vladimira Nazora", "Osijek", "HR", "hr", "Europe/Zagreb", ("Ivana Knežević", "Luka Marić")),
    School("OŠ Petra Preradovića", "Zadar", "HR", "hr", "Europe/Zagreb", ("Maja Vuković", "Josip Perić", "Ana Šarić")),
    School("Gimnazija Pula", "Pula", "HR", "hr", "Europe/Zagreb", ("Dario Radić", "Nives Benčić"), level=3),
    School(
        "Gesamtschule Köln-Holweide",
        "Köln",
        "DE",
        "de",
        "Europe/Berlin",
        ("Sabine Becker", "Thomas Wagner", "Julia Hoffmann"),
        level=2,
        adaptation=(
            "Lernlandkarte für Klasse 7",
            "Biology",
            "A one-page map of the unit's goals that pupils tick "
            "off themselves; the group made one per subject and shares them in the staff room.",
        ),
    ),
    School("Grundschule am Rosental", "Leipzig", "DE", "de", "Europe/Berlin", ("Katrin Schulz", "Michael Koch")),
    School(
        "Mittelschule an der Implerstraße",
        "München",
        "DE",
        "de",
        "Europe/Berlin",
        ("Andreas Bauer", "Stefanie Richter"),
    ),
    School(
        "Gymnasium Eppendorf",
        "Hamburg",
        "DE",
        "de",
        "Europe/Berlin",
        ("Claudia Neumann", "Jan Schröder"),
        story=QUIET,
        level=3,
    ),
    School(
        "Scuola primaria Giovanni Pascoli",
        "Lecce",
        "IT",
        "it",
        "Europe/Rome",
        ("Giulia Rossi", "Marco Bianchi", "Francesca Romano"),
        adaptation=(
            "Il quaderno delle domande",
            "Italian language",
            "Each pupil keeps a small notebook of the "
            "questions the lesson left open; we start Monday's lesson with three of them.",
        ),
    ),
    School(
        "Istituto comprensivo Bologna 12",
        "Bologna",
        "IT",
        "it",
        "Europe/Rome",
        ("Alessandro Ferrari", "Chiara Esposito"),
        level=2,
    ),
    School(
        "Liceo scientifico Galileo Galilei",
        "Firenze",
        "IT",
        "it",
        "Europe/Rome",
        ("Paola Ricci", "Luca Colombo"),
        level=3,
    ),
    School(
        "Scuola secondaria Dante Alighieri",
        "Torino",
        "IT",
        "it",
        "Europe/Rome",
        ("Sara Greco", "Davide Conti"),
        level=2,
    ),
    School(
        "St Margaret College Primary",
        "Żejtun",
        "MT",
        "mt",
        "Europe/Malta",
        ("Maria Camilleri", "Joseph Farrugia", "Rebecca Borg"),
        adaptation=(
            "Bilingual word walls",
            "Maltese",
            "Every topic gets a word wall in Maltese and English; pupils add the words they needed during the week.",
        ),
    ),
    School("St Theresa College Primary", "Birkirkara", "MT", "en", "Europe/Malta", ("Rita Vella", "Daniel Zammit")),
    School(
        "Gozo College Secondary", "Victoria", "MT", "en", "Europe/Malta", ("Josephine Grech", "Mark Attard"), level=2
    ),
    School(
        "Basisschool De Regenboog",
        "Utrecht",
        "NL",
        "nl",
        "Europe/Amsterdam",
        ("Sanne de Vries", "Pieter Jansen", "Femke Bakker"),
        adaptation=(
            "Weektaak met keuzeopdrachten",
            "Dutch language",
            "A weekly task sheet where pupils choose two of "
            "four activities; the group wrote the choices for the unit together.",
        ),
    ),
    School("Het Baken", "Zwolle", "NL", "nl", "Europe/Amsterdam", ("Marieke Visser", "Daan Smit")),
    School(
        "OBS De Klimop", "Groningen", "NL", "nl", "Europe/Amsterdam", ("Joost Mulder", "Lotte Meijer"), story=CLOSED
    ),
    School(
        "Stedelijk Gymnasium Leiden", "Leiden", "NL", "nl", "Europe/Amsterdam", ("Eva de Jong", "Bram Peters"), level=3
    ),
    School(
        "Escola Básica de Matosinhos",
        "Matosinhos",
        "PT",
        "pt",
        "Europe/Lisbon",
        ("Ana Ferreira", "João Silva", "Rita Santos"),
        adaptation=(
            "Bilhetes de saída em ciências",
            "Natural sciences",
            "Exit slips with one question about the day's experiment; we read them together on Fridays.",
        ),
    ),
    School(
        "Escola Secundária José Falcão",
        "Coimbra",
        "PT",
        "pt",
        "Europe/Lisbon",
        ("Pedro Costa", "Inês Oliveira"),
        level=3,
    ),
    School(
        "Escola Secundária Alves Martins",
        "Viseu",
        "PT",
        "pt",
        "Europe/Lisbon",
        ("Carla Pereira", "Rui Almeida"),
        level=3,
    ),
    School("Escola Básica de Alvalade", "Lisboa", "PT", "pt", "Europe/Lisbon", ("Miguel Sousa", "Sofia Rodrigues")),
    School(
        "Școala Gimnazială Ion Creangă",
        "Iași",
        "RO",
        "ro",
        "Europe/Bucharest",
        ("Elena Popescu", "Andrei Ionescu", "Ioana Stan"),
        level=2,
        adaptation=(
            "Jurnalul de lectură",
            "Romanian language",
            "A reading journal with one drawing and one question "
            "per chapter, shared in pairs at the start of the lesson.",
        ),
    ),
    School(
        "Colegiul Național Ștefan cel Mare",
        "Suceava",
        "RO",
        "ro",
        "Europe/Bucharest",
        ("Mihaela Dumitru", "Radu Constantin"),
        level=3,
    ),
    School("Școala Gimnazială nr. 5", "Brașov", "RO", "ro", "Europe/Bucharest", ("Cristina Marin", "Bogdan Lungu")),
    School(
        "CEIP Miguel de Cervantes",
        "Sevilla",
        "ES",
        "es",
        "Europe/Madrid",
        ("Carmen López", "Javier Martín", "Rocío Navarro"),
        adaptation=(
            "Rincones de aprendizaje",
            "Mathematics",
            "Four corners of the classroom, one activity each, "
            "twenty minutes a corner; the group planned the unit's maths corner together.",
        ),
    ),
    School(
        "IES Rosalía de Castro",
        "Santiago de Compostela",
        "ES",
        "es",
        "Europe/Madrid",
        ("Laura Fernández", "Xoán Varela"),
        level=3,
    ),
    School("CEIP La Paz", "Zaragoza", "ES", "es", "Europe/Madrid", ("Marta Sánchez", "David Gómez")),
    School("CEIP Ramón y Cajal", "Granada", "ES", "es", "Europe/Madrid", ("Pilar Díaz", "Antonio Ruiz")),
)

TOPICS = (
    ("What each of us wants to try from unit 1.", "Each of us picks one idea to try before the next meeting."),
    ("How the first try went in class.", "Exit questions worked in two classes; the third ran out of time."),
    ("Unit 2: what to adapt for our pupils.", "We adapt the unit's task to our curriculum and share it."),
    ("Observing each other's lessons.", "Two of us visit a colleague's lesson before the next meeting."),
    ("What pupils said about the new tasks.", "Keep the short tasks; make the instructions shorter."),
)
ACTION_ITEMS = (
    "Bring examples of pupils' work",
    "Book a room for the next meeting",
    "Share the lesson plan with the group",
    "Ask the head teacher about observation time",
)
