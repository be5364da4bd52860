import pytest

from summarize.config import ConfigError, load_config


def test_user_file_overrides_only_what_it_names(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("selection:\n  budget_words: 42\n", encoding="utf-8")
    cfg = load_config(path)
    assert cfg.selection.budget_words == 42
    assert cfg.selection.max_points == load_config().selection.max_points


def test_unknown_setting_is_an_error_naming_it():
    with pytest.raises(ConfigError, match="selection.budget_wrods"):
        load_config({"selection": {"budget_wrods": 10}})


def test_missing_and_malformed_files_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("selection: [1, 2", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(bad)


def test_a_word_yaml_reads_as_a_boolean_is_a_config_error_saying_to_quote_it(tmp_path):
    # 'on' written bare in a list of words is True to YAML: a clear error, not a crash inside a stage
    path = tmp_path / "words.yaml"
    path.write_text("lexicon:\n  dateline_words: [published, on, at]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lexicon.dateline_words.*quote"):
        load_config(path)
    path.write_text("lexicon:\n  dateline_words: [published, 'on', at]\n", encoding="utf-8")
    assert "on" in load_config(path).lexicon.dateline_words
    with pytest.raises(ConfigError, match="claims.denials"):
        load_config({"claims": {"denials": "نفى"}})                    # one word, not a list of them


def test_each_stage_sees_only_the_config_sections_it_declares():
    import pytest
    from summarize.pipeline import STAGE_CLASSES, Summarizer
    summarizer = Summarizer()
    for stage in summarizer.stages:
        assert sorted(vars(stage.config)) == sorted(stage.sections), stage.name
    selection = next(s for s in summarizer.stages if s.name == "selection")
    assert selection.config.selection is summarizer.config.selection      # shared, not copied
    with pytest.raises(AttributeError):
        selection.config.cleaning                                         # not declared: not readable
    assert len(summarizer.stages) == len(STAGE_CLASSES)
