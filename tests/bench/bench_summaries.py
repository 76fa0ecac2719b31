"""ROUGE of the offline summaries next to a lead-k baseline and sumy's LexRank.

Run: python tests/bench/bench_summaries.py [corpus dir]
Data: xlsum-dev/{english,french,persian}.jsonl beside the checkout, or in the corpus dir
given (there or in its xlsum-dev/; en/fr/fa.jsonl too), fields id, url, title, summary,
text (a missing title is no title, ``document`` may stand for ``text``; an article that
does not parse, such as an empty one, is skipped and named). Every system gets the same
sentences (the parse stage's split) and the same length in sentences, k = 1, 2, 3;
ROUGE-1/2/L F1 against the reference summary, with a tokenizer that keeps letters of every
script (Persian, French accents), case-folded, Arabic letter forms folded to Persian, no
stemming.
Target: offline ≥ the better of lead-k and LexRank, per language, on ROUGE-1, -2 and -L.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import unicodedata
import warnings
from pathlib import Path

HERE = Path(__file__).resolve()
CORPUS = HERE.parents[3] / "shared" / "corpus"
LANGUAGES = {"english": "en", "french": "fr", "persian": "fa"}
METRICS = ("rouge1", "rouge2", "rougeL")
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u200c": ""})


class AllScriptsTokenizer:
    """Words of any script: what rouge-score's default (ASCII-only) tokenizer drops."""

    def tokenize(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
        return re.findall(r"[^\W_]+", text)


class SumyWords:
    """The same words for sumy, so LexRank needs no NLTK data."""

    language = "any"

    def to_words(self, sentence: str) -> list[str]:
        return AllScriptsTokenizer().tokenize(sentence)

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph]


def lexrank(sentences: list[str], k: int) -> list[str]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer

    words = SumyWords()
    model = ObjectDocumentModel([Paragraph([Sentence(s, words) for s in sentences])])
    summarizer = LexRankSummarizer()
    summarizer.stop_words = ()
    return [str(s) for s in summarizer(model, k)]


def data_file(corpus: Path, name: str, lang: str) -> Path | None:
    """The articles of one language: ``english.jsonl`` or ``en.jsonl``, in ``xlsum-dev/``
    of the corpus or in the corpus folder itself."""
    for folder in (corpus / "xlsum-dev", corpus):
        for stem in (name, lang):
            if (folder / f"{stem}.jsonl").is_file():
                return folder / f"{stem}.jsonl"
    return None


def as_file(article: dict) -> str:
    """The article as a file would hold it: the title (if any) on the first line, then the
    text (``text``, or ``document`` as in XSum-style sets)."""
    text = article.get("text") or article.get("document") or ""
    title = (article.get("title") or "").strip()
    return f"{title}\n\n{text}" if title else text


def main(corpus: Path = CORPUS) -> int:
    from rouge_score import rouge_scorer

    # sumy's LexRank divides by zero on a text whose sentences share no word: it still
    # returns sentences, so the warning says nothing here
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sumy")

    from polybrief import Pipeline
    from polybrief.errors import PolybriefError
    from polybrief.plugins.offline.summarizer import summarize_documents

    pipe = Pipeline(parser=["text"])
    scorer = rouge_scorer.RougeScorer(list(METRICS), tokenizer=AllScriptsTokenizer())
    met, measured = True, 0
    print(f"{'language':<9} {'k':>2} {'system':<8} " + " ".join(f"{m:>7}" for m in METRICS))
    for name, lang in LANGUAGES.items():
        path = data_file(corpus, name, lang)
        if path is None:
            print(f"{name}: no {name}.jsonl or {lang}.jsonl in {corpus}, skipped")
            continue
        articles, documents = [], []
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            article = json.loads(line)
            try:
                documents.append(pipe.parse(as_file(article))[0])
            except PolybriefError as exc:
                print(f"{name}: line {n} ({article.get('id', '?')}) skipped: {exc}")
                continue
            articles.append(article)
        if not articles:
            continue
        for k in (1, 2, 3):
            systems: dict[str, list[dict[str, float]]] = {"lead": [], "lexrank": [], "offline": []}
            for article, document in zip(articles, documents, strict=True):
                sentences = document.sentence_texts()
                outputs = {
                    "lead": sentences[:k],
                    "lexrank": lexrank(sentences, k),
                    "offline": [
                        s.text
                        for s in summarize_documents([document], [lang], sentences=k)[0].sentences
                    ],
                }
                for system, output in outputs.items():
                    scores = scorer.score(article["summary"], " ".join(output))
                    systems[system].append({m: scores[m].fmeasure for m in METRICS})
            means = {
                system: {m: statistics.mean(r[m] for r in rows) for m in METRICS}
                for system, rows in systems.items()
            }
            for system, values in means.items():
                row = " ".join(f"{100 * values[m]:7.2f}" for m in METRICS)
                print(f"{name:<9} {k:>2} {system:<8} {row}")
            best_peer = {m: max(means["lead"][m], means["lexrank"][m]) for m in METRICS}
            ok = all(means["offline"][m] >= best_peer[m] for m in METRICS)
            peer = max(("lead", "lexrank"), key=lambda s: means[s]["rouge1"])
            differences = [
                100 * (ours["rouge1"] - theirs["rouge1"])
                for ours, theirs in zip(systems["offline"], systems[peer], strict=True)
            ]
            error = (
                statistics.stdev(differences) / len(differences) ** 0.5
                if len(differences) > 1
                else float("nan")  # one article: no spread to tell
            )
            print(
                f"{'':<9} {k:>2} target: offline ≥ best peer on R1/R2/RL -> "
                f"{'met' if ok else 'NOT met'}; R1 offline − {peer} = "
                f"{statistics.mean(differences):+.2f} ± {error:.2f} (standard error, "
                f"n={len(articles)})"
            )
            met = met and ok
            measured += 1
    if not measured:
        print("overall: nothing measured (no articles found)")
        return 1
    print("overall:", "met" if met else "NOT met in every language and length")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS))
