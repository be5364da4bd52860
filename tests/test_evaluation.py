"""Arabic-aware ROUGE on hand-made pairs with known overlaps, the bootstrap, and the eval command."""
import json

import pytest

from conftest import EXTRACTIVE_ONLY, ROOT, SEEDS
from summarize.cli import main
from summarize.many.evaluation import ArabicTokenizer, bootstrap, lead_summary, rouge

REFERENCE = "ذهب الولد إلى المدرسة"


def test_identical_arabic_scores_one_where_the_default_tokenizer_scores_zero():
    from rouge_score.rouge_scorer import RougeScorer

    assert RougeScorer(["rouge1"]).score(REFERENCE, REFERENCE)["rouge1"].fmeasure == 0.0   # evaluate#256
    assert rouge(REFERENCE, REFERENCE) == {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}


def test_known_overlaps():
    # 3 of 4 words shared (إلى / الى fold to one spelling), 2 of 3 bigrams, common subsequence of 3
    scores = rouge("ذهب الولد الى السوق", REFERENCE)
    assert scores["rouge1"] == pytest.approx(3 / 4)
    assert scores["rouge2"] == pytest.approx(2 / 3)
    assert scores["rougeL"] == pytest.approx(3 / 4)
    # reversed: every word shared, no bigram, longest common subsequence 1 of 4
    reordered = rouge("المدرسة إلى الولد ذهب", REFERENCE)
    assert reordered["rouge1"] == 1.0 and reordered["rouge2"] == 0.0 and reordered["rougeL"] == pytest.approx(0.25)
    # two words swapped: longest common subsequence 3 of 4
    assert rouge("الولد ذهب إلى المدرسة", REFERENCE)["rougeL"] == pytest.approx(0.75)
    # different lengths: precision 2/2, recall 2/4 -> F1 2/3
    assert rouge("ذهب الولد", REFERENCE)["rouge1"] == pytest.approx(2 / 3)
    assert rouge("جاءت البنت من البيت", REFERENCE)["rouge1"] == 0.0


def test_normalization_and_optional_stemming():
    assert rouge("ذَهَبَ الوَلَدُ إلى المدرسةِ", REFERENCE)["rouge1"] == 1.0        # diacritics
    assert rouge("ذهب الولد الى المدرسه", REFERENCE)["rouge1"] == 1.0          # hamza, ta marbuta
    clitics = "وذهب والولد الى والمدرسة"
    assert rouge(clitics, REFERENCE)["rouge1"] == pytest.approx(1 / 4)
    assert rouge(clitics, REFERENCE, stem=True)["rouge1"] == 1.0
    assert ArabicTokenizer().tokenize("عام ٢٠٢١، Biden!") == ["عام", "2021", "biden"]


def test_bootstrap_interval_brackets_the_mean():
    mean, low, high = bootstrap([0.1, 0.2, 0.3, 0.4, 0.5] * 4, samples=500)
    assert mean == pytest.approx(0.3) and low < mean < high and high - low < 0.2
    assert bootstrap([0.5] * 10) == (0.5, 0.5, 0.5)


def test_lead_baseline_takes_the_earliest_article(seed_result):
    lead = lead_summary(seed_result, 40)
    earliest = min((d for d in seed_result.documents if d.published), key=lambda d: d.published)
    assert earliest.published.isoformat() == "2021-02-24"
    first = next(s.text for s in earliest.sentences if s.is_point_candidate)
    assert lead.startswith(first) and len(lead.split()) <= max(40, len(first.split()))


def test_eval_command_scores_each_method(tmp_path, capsys):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    reference = ("وقع الرئيس الأميركي جو بايدن ورئيس وزراء العراق مصطفى الكاظمي اتفاقا ينهي المهمة القتالية "
                 "الأميركية في العراق بحلول نهاية 2021.")
    heat = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/other_story").glob("*.txt"))]
    data = tmp_path / "eval.jsonl"
    data.write_text("\n".join([json.dumps({"documents": texts, "reference": reference}, ensure_ascii=False),
                               json.dumps({"documents": heat, "reference": "موجة حر في العراق وانقطاع الكهرباء"},
                                          ensure_ascii=False),
                               '{"documents": []}']) + "\n", encoding="utf-8")
    config = tmp_path / "extractive.yaml"
    config.write_text(json.dumps(EXTRACTIVE_ONLY), encoding="utf-8")
    assert main(["eval", str(data), "--config", str(config), "--samples", "200", "--json", "-"]) == 0
    captured = capsys.readouterr()
    table = json.loads(captured.out)
    assert "line 3: needs a JSON object" in captured.err
    assert table["lead"]["n"] == table["extractive"]["n"] == 2 and table["abstractive"]["n"] == 0
    assert "generation is turned off" in table["abstractive"]["note"]
    mean, low, high = table["extractive"]["rouge1"]
    assert 0 < low <= mean <= high <= 100
