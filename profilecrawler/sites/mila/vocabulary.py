"""The Mila directory's words: what its pages say that the loaders must read."""

from __future__ import annotations

import logging
import re

from profilecrawler import text

logger = logging.getLogger(__name__)

# The portrait's alt text when the site has no portrait ("Portrait of X is
# unavailable", "Portrait de X n'est pas disponible").
PORTRAIT_UNAVAILABLE = re.compile(r"(?:\bis unavailable|\bn['’]est pas disponible)\s*$", re.IGNORECASE)

# How a card says its author list goes on: "… (see 46 more)", on the French
# pages "… (voir 46 de plus)" (a malformed one: "(see more)", "(voir plus)"),
# the hidden names following in the page.
AUTHOR_MARKER = text.AuthorMarker(
    re.compile(r"\s*(?:…|\.\.\.)\s*\((?:see|voir)(?:\s+(?P<more>\d+))?(?:\s+de)?\s+(?:more|plus)\)\s*$"),
    ("more)", "plus)"),
)

# The French pages' words → the canonical (English) vocabulary of the records,
# by kind: membership lines (``role``; a program line "Doctorat - UdeM" too),
# research topics (``topic``), programs (``program``), supervision labels
# (``supervision``). Keys are compared case-folded, with "·" and "⋅" alike. A
# word missing here is kept as the page shows it, and logged.
FRENCH = {
    "role": {
        "Membre académique principal": "Core Academic Member",
        "Membre académique associé": "Associate Academic Member",
        "Membre industriel principal": "Core Industry Member",
        "Membre industriel associé": "Associate Industry Member",
        "Chaire en IA Canada-CIFAR": "Canada CIFAR AI Chair",
        "Alumni": "Alumni",
        "Collaborateur·rice alumni": "Collaborating Alumni",
    },
    "program": {
        "Doctorat": "PhD",
        "Maîtrise recherche": "Master's",
        "Maîtrise": "Master's",
        "Postdoctorat": "Postdoctorate",
    },
    "topic": {
        "Apprentissage profond": "Deep Learning",
        "Apprentissage par renforcement": "Reinforcement Learning",
        "Traitement automatique du langage naturel": "Natural Language Processing",
        "Vision par ordinateur": "Computer Vision",
        "Modèles probabilistes": "Probabilistic Models",
        "Causalité": "Causality",
        "Réseaux de neurones en graphes": "Graph Neural Networks",
        "IA pour la santé": "AI for Health",
        "IA pour le climat": "AI for Climate",
        "Traitement de la parole": "Speech Processing",
        "Optimisation": "Optimization",
        "Modèles génératifs": "Generative Models",
        "Robotique": "Robotics",
        "Éthique et équité en IA": "AI Ethics and Fairness",
        "Biologie computationnelle": "Computational Biology",
        "Théorie de l'apprentissage": "Learning Theory",
        "Systèmes de recommandation": "Recommender Systems",
        "TALN multilingue": "Multilingual NLP",
        "Apprentissage de représentations": "Representation Learning",
        "Interprétabilité": "Interpretability",
    },
    "supervision": {
        "Superviseur⋅e": "Supervisor",
        "Superviseur⋅e principal⋅e": "Principal supervisor",
        "Co-superviseur⋅e": "Co-supervisor",
    },
}


def _key(term: str) -> str:
    return " ".join(term.replace("·", "⋅").replace("’", "'").casefold().split())


_FRENCH = {kind: {_key(shown): canonical for shown, canonical in words.items()} for kind, words in FRENCH.items()}


def canonical_term(kind: str, shown: str, language: str) -> str:
    """The canonical (English) wording of ``shown``, a ``kind`` of term on a page
    in ``language`` (see ``FRENCH``); the page's own wording when it has none.
    A membership or program line keeps its institution ("Doctorat - UdeM" →
    "PhD - UdeM"); a supervision label loses its colon."""
    if language == "en" or not shown:
        return shown
    if kind == "supervision":
        shown = shown.strip().rstrip(":").strip()
    head, sep, rest = shown.partition(" - ") if kind in ("role", "program") else (shown, "", "")
    words = _FRENCH[kind] if kind != "role" else {**_FRENCH["program"], **_FRENCH["role"]}
    canonical = words.get(_key(head))
    if canonical is None:
        logger.warning("No canonical %s for the %s wording %r: kept as the page shows it", kind, language, shown)
        return shown
    return canonical + sep + rest
