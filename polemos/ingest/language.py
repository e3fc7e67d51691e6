"""Language identification with py3langid (normalised probabilities)."""
from __future__ import annotations

from functools import lru_cache

MIN_WORDS = 25          # shorter texts are not judged
MIN_CONFIDENCE = 0.80   # below this, a non-English verdict is not trusted
SAMPLE_CHARS = 6000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability), or (None, 0.0) for texts too short to judge."""
    if len(text.split()) < MIN_WORDS:
        return None, 0.0
    code, prob = _identifier().classify(text[:SAMPLE_CHARS])
    return code, float(prob)


def language_name(code: str) -> str:
    """'French (fr)' for 'fr'; the code alone if pycountry does not know it."""
    try:
        import pycountry

        lang = pycountry.languages.get(alpha_2=code)
    except (ImportError, KeyError, LookupError):
        lang = None
    return f"{lang.name} ({code})" if lang else code


def _code(declared: str | None) -> str | None:
    code = (declared or "").strip().lower().replace("_", "-").split("-")[0]
    return {"eng": "en", "english": "en"}.get(code, code) if len(code) in (2, 3) or code == "english" else None


def non_english(text: str, declared: str | None = None) -> tuple[str | None, str | None]:
    """(language code, reason) where the text is not English, else (code, None).

    A confident detection wins over the language the source declares (pages often
    declare a site-wide default); the declaration decides when detection cannot.
    """
    code, prob = detect_language(text)
    if code and prob >= MIN_CONFIDENCE:
        if code == "en":
            return code, None
        return code, f"not English: {language_name(code)}, detected (p={prob:.2f})"
    said = _code(declared)
    if said and said != "en":
        return said, f"not English: {language_name(said)}, declared by the source"
    return said or code, None
