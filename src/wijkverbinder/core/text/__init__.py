"""Dutch text features for classification and detection.

Normalisation (lower case, accents, punctuation, numbers, redaction tags), Dutch stemming
(Snowball "dutch" via snowballstemmer), an own stop-word list, and hashed features that combine word
stems with character n-grams so that compounds meet their parts and typos still overlap.
"""

from wijkverbinder.core.text.features import (
    N_FEATURES,
    cosine,
    feature_vector,
    featurise,
    text_features,
)
from wijkverbinder.core.text.normalise import (
    content_tokens,
    content_words,
    normalise,
    remembered_words,
    stem,
    tokens,
)
from wijkverbinder.core.text.stopwords import STOP_WORDS

__all__ = [
    "N_FEATURES",
    "STOP_WORDS",
    "content_tokens",
    "content_words",
    "cosine",
    "feature_vector",
    "featurise",
    "normalise",
    "remembered_words",
    "stem",
    "text_features",
    "tokens",
]
