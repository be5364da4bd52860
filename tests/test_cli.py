import json
import subprocess
import sys

from conftest import ROOT, SEEDS
from summarize.cli import main


def test_cli_prints_summary_points_and_sources(capsys):
    assert main([str(SEEDS)]) == 0
    out = capsys.readouterr()
    assert "Summary (extractive):" in out.out and "Points:" in out.out
    # sources by the names a person knows them by (a title, an agency credit), their ids only in the articles list
    assert "2 sources: لقاء مرتقب بين بايدن والكاظمي في البيت الأبيض, وكالات - هيا]" in out.out
    assert out.out.count("001_9dea5bcf8ffcc030") == 1 and "وكالات - هيا  [001_9dea5bcf8ffcc030]" in out.out
    assert "2021-02-24" in out.out and "background" in out.err


def test_cli_json_to_stdout_and_file(capsys, tmp_path):
    assert main([str(SEEDS), "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["method"] == "extractive"
    target = tmp_path / "result.json"
    assert main([str(SEEDS), "--json", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["ar"] == data["summary"]["ar"]


def test_cli_errors_are_one_line_with_nonzero_exit(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    empty = tmp_path / "empty"
    empty.mkdir()
    for args, message in [([str(tmp_path / "missing.txt")], "no such file"), ([str(bad)], "not UTF-8"),
                          ([str(empty)], "no article files"), ([str(SEEDS), "--config", str(bad)], "config")]:
        proc = subprocess.run([sys.executable, "-m", "summarize", *args], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 2, args
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error:") and message in proc.stderr
        assert "Traceback" not in proc.stderr


def test_cli_require_models_fails_with_one_line_naming_the_model(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("models:\n  summarizer: ./missing-model-folder\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "summarize", str(SEEDS), "--config", str(config),
                           "--require-models"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: summarizer model './missing-model-folder'") and "Traceback" not in proc.stderr


def test_cli_warns_but_succeeds_on_non_arabic_input(tmp_path, capsys):
    english = tmp_path / "en.txt"
    english.write_text("The president met the prime minister in Washington on Monday to discuss troops.",
                       encoding="utf-8")
    assert main([str(english)]) == 0
    assert "not Arabic" in capsys.readouterr().err


def test_cli_arguments_are_paths_never_article_text(capsys):
    assert main(["no-such-article"]) == 2
    assert capsys.readouterr().err == "error: no such file or directory: no-such-article\n"


def test_the_installed_command_names_itself_in_its_help(monkeypatch, capsys):
    import pytest
    from summarize.cli import main
    monkeypatch.setattr("sys.argv", ["/usr/local/bin/summarize-news", "--help"])
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: summarize-news")
    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    out = capsys.readouterr().out
    assert "95% interval" in out and "%%" not in out


def test_batch_says_once_that_a_model_is_missing(tmp_path, capsys, embedder):
    import json
    from summarize.cli import main
    stories = tmp_path / "stories.jsonl"
    text = "أعلنت وزارة الصحة ارتفاع عدد المصابين بالحمى في المحافظة الجنوبية إلى مستويات قياسية."
    stories.write_text("".join(json.dumps({"id": f"s{n}", "documents": [text]}, ensure_ascii=False) + "\n"
                               for n in range(3)), encoding="utf-8")
    config = tmp_path / "missing.yaml"
    config.write_text(f"models: {{summarizer: {tmp_path / 'nothing'}, translator: {tmp_path / 'nothing'}}}\n",
                      encoding="utf-8")
    assert main(["batch", str(stories), "--out", str(tmp_path / "out.jsonl"), "--config", str(config)]) == 0
    err = capsys.readouterr().err
    assert err.count("warning: summarizer") == 1 and err.count("warning: translator") == 1


def test_progress_reports_each_stage_once(summarizer):
    from conftest import SEEDS
    from summarize.pipeline import STAGES
    seen = []
    summarizer([SEEDS], on_stage=seen.append)
    assert seen == list(STAGES)
