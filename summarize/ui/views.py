"""Views of a Result: pure functions from a Result (and the page's language) to HTML.

Every text is escaped (article text is data, never markup). Arabic cells carry dir="auto", so the
browser runs each one by its own text (a mixed label such as '001 (وكالات - هيا)' keeps its order);
tables take the page's direction (columns right to left in Arabic). Each cell carries its column's
name (data-label), so on a narrow screen a row becomes a card of labelled lines (the CSS in page.py).
Articles are named as a person knows them (`Result.article_names`), in chips and warnings alike.
"""
from __future__ import annotations

import html
import re
from datetime import date, timedelta
from typing import Any

from ..models.loading import download_command
from ..result import Result
from ..story.perpetrators import ABOUT as PERPETRATOR
from .strings import TEXT, in_language, say, sources_in_words

MODELS_MISSING = "could not be loaded"   # the pipeline's words for a model that is not there (said once)
TIMELINE_TICKS = 5          # at most this many date ticks on an axis
TIMELINE_STEPS_DAYS = (1, 2, 7, 14, 30, 61, 91, 182, 365)   # tick spacings tried, smallest first
TIMELINE_MARGIN = 0.06      # share of the date range left free at each end (no dot on an edge)


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _ar(text: str) -> str:
    return f'<div dir="auto" class="ar">{_e(text)}</div>' if text else ""


def _name(text: str) -> str:
    """An article's name or id in a cell, running in its own direction."""
    return f'<div dir="auto">{_e(text)}</div>'


def _en(text: str | None) -> str:
    """A translation's cell: its direction too from its own text (a weak model may answer in Arabic)."""
    return f'<div dir="auto">{_e(text)}</div>' if text else ""


def _isolated(text: str) -> str:
    """Text kept in its own direction inside a sentence of the other (a model's path in an Arabic line)."""
    return f"\u2068{text}\u2069"


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


def named(message: str, names: dict[str, str]) -> str:
    """A pipeline message with every article id in it replaced by the article's name (longest ids first,
    whole ids only: 'doc1' inside 'doc10' stays)."""
    ids = sorted((i for i, n in names.items() if n != i), key=len, reverse=True)
    if not ids:
        return message
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(i) for i in ids) + r")(?![\w-])")
    return pattern.sub(lambda m: names[m[1]], message)


def shown(message: str, result: Result, lang: str) -> str:
    """A pipeline message as the page says it: articles by name, in the page's language."""
    return in_language(named(message, result.article_names()), lang)


def model_status(result: Result, generation_on: bool, lang: str = "en", model_names: tuple[str, ...] = ()) -> str:
    """What produced the summary, said once in plain words; the technical cause folded away, and for a
    missing model (of `model_names`, the configured ones) the command that downloads it."""
    models = result.stats.get("models", {})
    no_english = say("no_english", lang, reason=shown(result.en_reason, result, lang)) if result.en_reason else ""
    if result.method == "abstractive":
        said = say("rewritten", lang, model=_isolated(models.get("summarizer", "?")))
        if result.summary_en:
            said += " " + say("english_by", lang, model=_isolated(models.get("translator", "?")))
        return f'<div class="status ok" dir="{_dir(lang)}">{_e(" ".join(filter(None, (said, no_english))))}</div>'
    if not generation_on:
        said = " ".join(filter(None, (say("generation_off", lang), no_english)))
        return f'<div class="status" dir="{_dir(lang)}">{_e(said)}</div>'
    causes = [r for r in (result.method_reason, result.en_reason) if r and MODELS_MISSING in r]
    commands = ""
    if causes:
        said = f'{say("models_missing", lang)} {say("models_fix", lang)}'
        missing = [name for name in model_names if name and any(f"'{name}'" in c for c in causes)]
        if missing:
            commands = (f'<div class="commands">{_e(say("download_with", lang))}'
                        + "".join(f'<pre dir="ltr">{_e(download_command(name))}</pre>' for name in missing)
                        + "</div>")
    else:
        said = say("key_sentences", lang, reason=shown(result.method_reason, result, lang)
                   if result.method_reason else say("no_rewrite", lang))
        said = " ".join(filter(None, (said, no_english)))
        causes = [result.method_reason] if result.method_reason else []
    details = "".join(f'<li dir="auto">{_e(shown(c, result, lang))}</li>' for c in causes)
    return (f'<div class="status warn" dir="{_dir(lang)}">{_e(said)}{commands}'
            + (f"<details><summary>{_e(say('technical_cause', lang))}</summary><ul>{details}</ul></details>"
               if details else "")
            + "</div>")


def source_chip(doc_id: str, result: Result, lang: str = "en") -> str:
    """An article as a chip: its name and date (the id in the tooltip)."""
    doc = next((d for d in result.documents if d.id == doc_id), None)
    name = result.article_names().get(doc_id, doc_id)
    day = doc.published.isoformat() if doc is not None and doc.published else say("no_date", lang)
    return (f'<span class="chip" dir="auto" title="{_e(doc_id)}">{_e(name)}'
            f' <span class="chip-date" dir="ltr">{_e(day)}</span></span>')


def _chips(doc_ids: list[str], result: Result, lang: str) -> str:
    return " ".join(source_chip(d, result, lang) for d in doc_ids)


def _table(headers: list[str], rows: list[list[str]], elem: str, lang: str) -> str:
    """An HTML table without empty columns; `headers` are keys of TEXT, cells are already HTML."""
    keep = [k for k in range(len(headers)) if any(row[k] for row in rows)] if rows else list(range(len(headers)))
    labels = [_e(say(headers[k], lang)) for k in keep]
    head = "".join(f"<th>{label}</th>" for label in labels)
    body = "".join("<tr>" + "".join(f'<td data-label="{label}">{row[k]}</td>' for k, label in zip(keep, labels))
                   + "</tr>" for row in rows)
    if not rows:
        body = f'<tr><td colspan="{len(keep)}">{_e(say("nothing", lang))}</td></tr>'
    return (f'<div class="table-wrap" dir="{_dir(lang)}"><table class="result-table" id="{elem}-table">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def sentences_html(result: Result, lang: str = "en") -> str:
    rows = [[str(n), _ar(s.ar), _en(s.en), _chips(s.sources, result, lang) or _e(say("in_no_source", lang))]
            for n, s in enumerate(result.sentences, start=1)]
    return _table(["col_n", "col_sentence", "col_english", "col_sources"], rows, "sentences", lang)


def _point_rows(points: list, first: int, result: Result, lang: str) -> list[list[str]]:
    disputed = disputed_points(result)
    place = {id(p): k for k, p in enumerate(result.points)}

    def mark(point: Any) -> str:
        numbers = disputed.get(place[id(point)], [])
        return "".join(f'<span class="disputed-mark">{_e(say("disputed", lang, n=n))}</span>' for n in numbers)

    return [[str(n), _ar(p.text) + mark(p), _en(p.text_en), _e(sources_in_words(p.support, lang)),
             _chips(p.sources, result, lang)] for n, p in enumerate(points, start=first)]


def points_html(result: Result, lang: str = "en") -> str:
    """The summary's points first; every other point behind 'show all'."""
    headers = ["col_n", "col_point", "col_english", "col_reported_by", "col_sources"]
    chosen, rest = result.selected_points, [p for p in result.points if not p.selected]
    parts = [f'<h4 dir="{_dir(lang)}">{_e(say("summary_points", lang, n=len(chosen)))}</h4>'
             + _table(headers, _point_rows(chosen, 1, result, lang), "points", lang) if chosen
             else f'<p dir="{_dir(lang)}">{_e(say("no_points", lang))}</p>']
    if rest:
        parts.append(f'<details class="more-points" dir="{_dir(lang)}"><summary>'
                     f'{_e(say("show_all_points", lang, n=len(result.points)))}</summary>'
                     + _table(headers, _point_rows(rest, len(chosen) + 1, result, lang), "other-points", lang)
                     + "</details>")
    return "".join(parts)


def _status(doc, result: Result, lang: str) -> str:
    names = result.article_names()
    if doc.duplicate_of:
        return say("copy_of", lang, name=names.get(doc.duplicate_of, doc.duplicate_of))
    if doc.background:
        return say("background_because", lang, why=shown(doc.background, result, lang))
    return say("story", lang)


def articles_html(result: Result, lang: str = "en") -> str:
    """The articles: dated ones oldest first, then the undated, each with its status and date's origin."""
    docs = sorted(result.documents, key=lambda d: (d.published is None, d.published or 0))
    rows = []
    for d in docs:
        day = d.published.isoformat() if d.published else say("no_date", lang)
        origin = in_language(d.published_from, lang) if d.published_from else ""
        rows.append([f"{_e(day)}<br><small>{_e(origin)}</small>", _ar(d.source or ""), _ar(d.title or ""),
                     _e(_status(d, result, lang)), _name(d.id), str(len(d.sentences)),
                     str(len(d.removed))])
    return _table(["col_published", "col_site", "col_title", "col_status", "col_id", "col_sentences",
                   "col_removed"], rows, "articles", lang)


def removed_html(result: Result, lang: str = "en") -> str:
    """Whole-article copies first, then every line removed from an article, each with its reason."""
    names = result.article_names()
    rows = [[_name(names[d.id]), _e(say("whole_article", lang)),
             _e(say("copy_counted_once", lang, name=names.get(d.duplicate_of, d.duplicate_of)))]
            for d in result.documents if d.duplicate_of]
    rows += [[_name(names[d.id]), _ar(r.line), _e(in_language(r.reason, lang))]
             for d in result.documents for r in d.removed]
    return _table(["col_article", "col_line", "col_reason"], rows, "removed", lang)


def other_warnings(result: Result) -> list[str]:
    """The warnings besides the model status (said once, above)."""
    return [w for w in result.warnings if MODELS_MISSING not in w]


def warnings_html(result: Result, lang: str = "en") -> str:
    items = other_warnings(result)
    if not items:
        return ""
    return (f'<div class="warnings" dir="{_dir(lang)}"><b>{_e(say("warnings", lang))}</b><ul>'
            + "".join(f'<li dir="auto">{_e(shown(w, result, lang))}</li>' for w in items) + "</ul></div>")


def error_html(message: str | None, lang: str = "en") -> str:
    """An error in words that stays on the page until the next run (not a popup that fades)."""
    if not message:
        return ""
    return (f'<div class="error-box" role="alert" dir="{_dir(lang)}"><b>{_e(say("error", lang))}:</b> '
            f'<span dir="auto">{_e(in_language(message, lang))}</span></div>')


# ---- the timeline: articles and counts on a date axis ------------------------------------------
# Built as HTML, not as a plot widget: positions are shares of the track (inset-inline-start), so the
# chart fits any width and runs right to left with the page; names are text the browser shapes.

def _axis(days: list[date]) -> tuple[date, date, list[date]]:
    """The axis's first and last day (a margin beyond the data) and its ticks (at most TIMELINE_TICKS)."""
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    margin = timedelta(days=max(1, round(span * TIMELINE_MARGIN)))
    low, high = first - margin, last + margin
    step = next((s for s in TIMELINE_STEPS_DAYS if (high - low).days / s <= TIMELINE_TICKS),
                TIMELINE_STEPS_DAYS[-1])
    if step >= 30:       # monthly steps fall on the first of a month
        months = max(1, round(step / 30))
        tick = date(low.year, low.month, 1)
        ticks = []
        while tick <= high:
            if tick >= low:
                ticks.append(tick)
            total = tick.year * 12 + tick.month - 1 + months
            tick = date(total // 12, total % 12 + 1, 1)
    else:
        ticks = [low + timedelta(days=k) for k in range(0, (high - low).days + 1, step)]
    return low, high, ticks


def _at(day: date, low: date, high: date) -> str:
    return f"{100 * (day - low).days / max((high - low).days, 1):.2f}%"


def _chart(rows: list[tuple[str, list[tuple[date, str, str, str]]]], legend: list[tuple[str, str]],
           elem: str, lang: str) -> str:
    """Rows of (name, marks) on one date axis; a mark is (day, css class, label above it, tooltip)."""
    days = [day for _, marks in rows for day, *_ in marks]
    low, high, ticks = _axis(days)
    month_ticks = len(ticks) > 1 and (ticks[1] - ticks[0]).days >= 28
    keys = "".join(f'<span class="tl-key"><i class="tl-dot {cls}"></i>{_e(label)}</span>' for cls, label in legend)
    body = ""
    for name, marks in rows:
        dots = "".join(f'<span class="tl-mark" style="inset-inline-start:{_at(day, low, high)}" title="{_e(tip)}">'
                       f'<small dir="auto">{_e(label)}</small><i class="tl-dot {cls}"></i></span>'
                       for day, cls, label, tip in marks)
        body += f'<div class="tl-row"><bdi class="tl-name">{_e(name)}</bdi><div class="tl-track">{dots}</div></div>'
    axis = "".join(f'<span class="tl-tick" style="inset-inline-start:{_at(t, low, high)}">'
                   f'{_e(t.strftime("%Y-%m") if month_ticks else t.isoformat())}</span>' for t in ticks)
    return (f'<div class="timeline" id="{elem}" dir="{_dir(lang)}">'
            + (f'<div class="tl-legend">{keys}</div>' if keys else "") + body
            + f'<div class="tl-row tl-axis"><span class="tl-name"></span><div class="tl-track">{axis}</div></div>'
            + "</div>")


def timeline_html(result: Result, lang: str = "en") -> str:
    """Every dated article on a date axis, one row each, coloured by status, with a key for each colour."""
    names = result.article_names()
    dated = sorted((d for d in result.documents if d.published), key=lambda d: d.published)
    if not dated:
        return f'<p dir="{_dir(lang)}">{_e(say("no_dated_article", lang))}</p>'
    status = {d.id: "copy" if d.duplicate_of else "background" if d.background else "story" for d in dated}
    rows = [(names[d.id], [(d.published, status[d.id], "",
                            f"{d.published.isoformat()} · {say(status[d.id], lang)} · {d.id}")]) for d in dated]
    legend = [(s, say(s, lang)) for s in ("story", "background", "copy") if s in status.values()]
    return f'<h4 dir="{_dir(lang)}">{_e(say("articles_by_date", lang))}</h4>' + _chart(rows, legend, "timeline-chart",
                                                                                       lang)


def undated_html(result: Result, lang: str = "en") -> str:
    undated = [d for d in result.documents if not d.published]
    if not undated:
        return ""
    return (f'<div class="undated" dir="{_dir(lang)}"><b>{_e(say("undated", lang))}</b> '
            + _chips([d.id for d in undated], result, lang) + "</div>")


def _kind(what: str, lang: str) -> str:
    return say(f"kind_{what}", lang) if f"kind_{what}" in TEXT else what


def _event(event: str, lang: str) -> str:
    return say(f"event_{event}", lang) if f"event_{event}" in TEXT else event


def _number(value: float) -> str:
    """A count as people write it: '1,280,000', not '1.28e+06'; a fraction as it is."""
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def _figure_name(what: str, scope: str | None, lang: str) -> str:
    """'dead', 'dead (درنه)': the kind in the page's language, and the scope when it is not the whole."""
    return f"{_kind(what, lang)} ({_isolated(scope)})" if scope else _kind(what, lang)


def _ordered_figures(result: Result) -> list[tuple[Any, Any]]:
    """(figure, its whole or None) with every part right after its whole; a part whose whole the Result
    does not list stands as a whole."""
    ids = {f.id for f in result.figures}
    parts: dict[str, list] = {}
    for f in result.figures:
        if f.part_of in ids:
            parts.setdefault(f.part_of, []).append(f)
    wholes = {f.id: f for f in result.figures}
    ordered = []
    for f in result.figures:
        if f.part_of not in ids:
            ordered.append((f, None))
            ordered += [(p, wholes[f.id]) for p in parts.get(f.id, [])]
    return ordered


def figures_chart_html(result: Result, lang: str = "en") -> str:
    """Each count that changes across the articles: its dated values on a date axis, the latest marked."""
    names = result.article_names()
    rows = []
    for f, _ in _ordered_figures(result):
        by_day: dict[date, list] = {}
        for v in f.values:
            if v.published:
                by_day.setdefault(v.published, []).append(v)
        # the values of one day are one mark ('1,200,000 / 3,500,000': two sources' counts), not marks on top
        # of each other
        marks = [(day, "latest" if any(v.value == f.latest for v in values) else "value",
                  " / ".join(dict.fromkeys(_number(v.value) for v in values)),
                  " | ".join(f"{_number(v.value)} · {names.get(v.doc, v.doc)}" for v in values))
                 for day, values in by_day.items()]
        rows.append((_figure_name(f.what, f.scope, lang), marks))
    rows = [row for row in rows if row[1]]
    if not rows:
        return ""
    legend = [("value", say("col_values", lang)), ("latest", say("latest_value", lang))]
    return f'<h4 dir="{_dir(lang)}">{_e(say("counts_over_time", lang))}</h4>' + _chart(rows, legend, "figures-chart",
                                                                                       lang)


def _scope(figure: Any, whole: Any, lang: str) -> str:
    """The place or group counted (or the whole event), its event, and the whole it is a part of."""
    kind = f"scope_{figure.scope_type}"
    where = _name(figure.scope) if figure.scope else f"<div>{_e(say('whole_event', lang))}</div>"
    notes = [say(kind, lang) if figure.scope and kind in TEXT else "",
             _event(figure.event, lang) if figure.event else "",
             say("part_of", lang, whole=_figure_name(whole.what, whole.scope, lang)) if whole is not None else ""]
    return where + "".join(f'<small class="scope-note" dir="auto">{_e(note)}</small>' for note in notes if note)


def _value(value: Any, lang: str) -> str:
    """'at least 40', qualifier and number."""
    number = _number(value.value)
    return say(f"qualifier_{value.qualifier}", lang, value=number) if value.qualifier and \
        f"qualifier_{value.qualifier}" in TEXT else number


def figures_html(result: Result, lang: str = "en") -> str:
    """The counts the Result lists: kind, scope (a part indented under its whole), the latest value and
    what makes it the latest, and every value with its qualifier, who gives it and the article."""
    if not result.figures:
        return f'<p dir="{_dir(lang)}">{_e(say("no_figures", lang))}</p>'
    names = result.article_names()
    rows = []
    for f, whole in _ordered_figures(result):
        # names kept in their own direction inside a chip of the page's ('according to الدفاع المدني · وكالة
        # الأنباء' would otherwise run as one Arabic phrase, the two names swapped)
        values = dict.fromkeys(" · ".join(filter(None, (
            _value(v, lang), say("according_to", lang, who=_isolated(v.who)) if v.who else "",
            _isolated(names.get(v.doc, v.doc))))) for v in f.values)
        reason = f"latest_from_{f.latest_from}"
        latest = f"<b>{_e(_number(f.latest))}</b>" + (f"<br><small>{_e(say(reason, lang))}</small>"
                                                      if reason in TEXT else "")
        kind = f'<div class="{"figure-part" if whole is not None else "figure-whole"}">{_e(_kind(f.what, lang))}</div>'
        rows.append([kind, _scope(f, whole, lang), latest,
                     " ".join(f'<span class="chip" dir="{_dir(lang)}">{_e(value)}</span>' for value in values)])
    return _table(["col_count", "col_scope", "col_latest", "col_values"], rows, "figures", lang)


# ---- disputes: where the sources disagree, side by side ------------------------------------------

def _about(dispute: Any, lang: str) -> str:
    """What a dispute is about: a count by its figure's name in the page's language (the id is
    'what|scope|event', `Figure.id`), a claim by its words."""
    if dispute.figure:
        what, scope, *_ = dispute.figure.split("|")
        return _figure_name(what, scope or None, lang)
    return say("about_perpetrator", lang) if dispute.about == PERPETRATOR else dispute.about


def disputes_html(result: Result, lang: str = "en") -> str:
    """Each dispute: what it is about, and its sides side by side (stance, value, who, the sentence as
    written, its sources). Nothing at all when the sources agree."""
    if not result.disputes:
        return ""
    items = []
    for n, dispute in enumerate(result.disputes, start=1):
        sides = "".join(
            f'<div class="side side-{_e(side.stance)}">'
            f'<div class="side-head"><span class="stance stance-{_e(side.stance)}">'
            f'{_e(say(f"stance_{side.stance}", lang) if f"stance_{side.stance}" in TEXT else side.stance)}</span>'
            + (f' <b class="side-value">{_e(_number(side.value))}</b>' if side.value is not None else
               f' <b class="side-value" dir="auto">{_e(side.agent)}</b>' if side.agent else "")
            + (f' <span class="side-who" dir="auto">{_e(side.who or say("no_one_named", lang))}</span>'
               if not side.agent or side.who != side.agent else "") + '</div>'
            f'{_ar(side.text)}<div class="side-sources">{_chips(side.sources, result, lang)}</div></div>'
            for side in dispute.sides)
        items.append(f'<div class="dispute" id="dispute-{n}"><div class="dispute-about">'
                     f'<span class="dispute-n">{n}</span> '
                     f'{_e(say("dispute_about", lang, about=_isolated(_about(dispute, lang))))}</div>'
                     f'<div class="sides">{sides}</div></div>')
    return (f'<section class="disputes" dir="{_dir(lang)}"><h4>{_e(say("disputes", lang, n=len(result.disputes)))}'
            f'</h4>{"".join(items)}</section>')


def disputed_points(result: Result) -> dict[int, list[int]]:
    """For each point (by its place in `result.points`) the numbers of the disputes one of its sentences is a
    side of."""
    marks: dict[int, list[int]] = {}
    for k, point in enumerate(result.points):
        keys = {s.key for s in point.sentences}
        found = [n for n, d in enumerate(result.disputes, start=1) if keys & d.sentences]
        if found:
            marks[k] = found
    return marks


def title_html(lang: str = "en") -> str:
    return f'<div dir="{_dir(lang)}"><h2>{_e(say("title", lang))}</h2><p>{_e(say("intro", lang))}</p></div>'


def api_fields(result: Result) -> dict[str, Any]:
    """Plain fields for programs: no Markdown, no HTML; null where there is nothing."""
    return {"summary_ar": result.summary_ar, "summary_en": result.summary_en or None,
            "en_reason": result.en_reason, "method": result.method, "method_reason": result.method_reason,
            "models": result.stats.get("models", {}), "warnings": list(result.warnings),
            "figures": [f.to_dict() for f in result.figures]}
