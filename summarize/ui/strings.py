"""The page's words in English and Arabic, and the language a browser asks for.

Every label, header, tab, status and button of the page is one entry of `TEXT`. The pipeline's own
messages (warnings, removal reasons, why there is no rewrite or no English) are English sentences
that programs also read, so they stay as they are; `MESSAGES` translates them on the page by pattern,
and a message no pattern knows is shown as written (never dropped).
"""
from __future__ import annotations

import re

LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "en"      # when the browser asks for neither
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}   # the switch: each language in its own words

TEXT: dict[str, dict[str, str]] = {
    "title": {"en": "Arabic news summarizer", "ar": "ملخّص الأخبار العربية"},
    "intro": {"en": "Several Arabic articles about one story in; one short Arabic summary out, with its English "
                    "translation and the sources behind every point.",
              "ar": "عدة مقالات عربية عن خبر واحد، وملخص عربي قصير واحد، مع ترجمته الإنجليزية ومصادر كل نقطة فيه."},
    "example": {"en": "Try the example: 5 articles on the Biden–Kadhimi meeting (July 2021)",
                "ar": "جرّب المثال: 5 مقالات عن لقاء بايدن والكاظمي (تموز/يوليو 2021)"},
    "files": {"en": "Article files: .txt .md .html .json .jsonl",
              "ar": "ملفات المقالات: txt وmd وhtml وjson وjsonl"},
    "pasted": {"en": "…or paste articles, separated by a line of ---",
               "ar": "أو الصق المقالات هنا، وافصل بينها بسطر فيه ثلاث شرطات"},
    "options": {"en": "Options", "ar": "خيارات"},
    "budget": {"en": "Summary length (words of the extractive summary)",
               "ar": "طول الملخص (عدد كلمات الملخص المستخرج)"},
    "max_points": {"en": "Most points in the summary", "ar": "أقصى عدد من النقاط في الملخص"},
    "translate": {"en": "Translate to English", "ar": "الترجمة إلى الإنجليزية"},
    "submit": {"en": "Summarize", "ar": "لخّص"},
    "summary_ar": {"en": "Arabic summary", "ar": "الملخص بالعربية"},
    "summary_en": {"en": "English translation", "ar": "الترجمة الإنجليزية"},
    "download": {"en": "Result JSON", "ar": "النتيجة بصيغة JSON"},
    "tab_summary": {"en": "Summary", "ar": "الملخص"},
    "tab_points": {"en": "Points", "ar": "النقاط"},
    "tab_timeline": {"en": "Timeline", "ar": "الخط الزمني"},
    "tab_articles": {"en": "Articles", "ar": "المقالات"},
    "tab_removed": {"en": "Removed", "ar": "المحذوف"},
    "tab_api": {"en": "API fields", "ar": "حقول الواجهة البرمجية"},
    "api_fields": {"en": "plain fields, as the /summarize API returns them",
                   "ar": "الحقول كما تعيدها الواجهة البرمجية ‎/summarize‎"},
    "error": {"en": "Error", "ar": "خطأ"},
    "unexpected": {"en": "the summarizer failed unexpectedly ({kind}); the server log has the details",
                   "ar": "تعطّل الملخِّص على نحو غير متوقع ({kind})؛ التفاصيل في سجل الخادم"},
    # the model status
    "rewritten": {"en": "Summary rewritten by {model}.", "ar": "أعاد النموذج {model} صياغة الملخص."},
    "english_by": {"en": "English by {model}.", "ar": "الترجمة الإنجليزية من {model}."},
    "no_english": {"en": "No English: {reason}.", "ar": "لا ترجمة إنجليزية: {reason}."},
    "generation_off": {"en": "Key sentences from the articles (the rewriting model is turned off in the settings).",
                       "ar": "جمل رئيسية من المقالات (نموذج إعادة الصياغة معطّل في الإعدادات)."},
    "models_missing": {"en": "Models not downloaded: these are the key sentences from the articles, as written.",
                       "ar": "النماذج غير منزّلة: هذه هي الجمل الرئيسية من المقالات كما كُتبت."},
    "models_fix": {"en": "To get the rewritten summary and its English, download the models once on a connected "
                         "machine or point models.summarizer and models.translator in the config to local folders.",
                   "ar": "للحصول على الملخص المعاد صياغته وترجمته الإنجليزية نزّل النماذج مرة واحدة على جهاز متصل "
                         "بالإنترنت، أو وجّه models.summarizer وmodels.translator في الإعدادات إلى مجلدات محلية."},
    "download_with": {"en": "Download with:", "ar": "التنزيل بالأمر:"},
    "key_sentences": {"en": "Key sentences from the articles: {reason}.",
                      "ar": "جمل رئيسية من المقالات: {reason}."},
    "no_rewrite": {"en": "no rewrite was made", "ar": "لم تُعَد الصياغة"},
    "technical_cause": {"en": "Technical cause", "ar": "السبب التقني"},
    # tables
    "nothing": {"en": "nothing to show", "ar": "لا شيء لعرضه"},
    "col_n": {"en": "#", "ar": "#"},
    "col_sentence": {"en": "summary sentence", "ar": "جملة الملخص"},
    "col_english": {"en": "English", "ar": "بالإنجليزية"},
    "col_sources": {"en": "sources", "ar": "المصادر"},
    "col_point": {"en": "point", "ar": "النقطة"},
    "col_reported_by": {"en": "reported by", "ar": "ذكرها"},
    "col_published": {"en": "published", "ar": "تاريخ النشر"},
    "col_article": {"en": "article", "ar": "المقال"},
    "col_site": {"en": "site", "ar": "الموقع"},
    "col_title": {"en": "title", "ar": "العنوان"},
    "col_status": {"en": "status", "ar": "الحالة"},
    "col_id": {"en": "id", "ar": "المعرّف"},
    "col_sentences": {"en": "sentences", "ar": "الجمل"},
    "col_removed": {"en": "removed lines", "ar": "الأسطر المحذوفة"},
    "col_line": {"en": "removed line", "ar": "السطر المحذوف"},
    "col_reason": {"en": "reason", "ar": "السبب"},
    "col_count": {"en": "count", "ar": "العدد"},
    "col_latest": {"en": "latest (in the summary)", "ar": "الأحدث (في الملخص)"},
    "col_values": {"en": "reported values", "ar": "القيم المذكورة"},
    "in_no_source": {"en": "found in no source", "ar": "لا يرد في أي مصدر"},
    "sources_1": {"en": "1 source", "ar": "مصدر واحد"},
    "sources_2": {"en": "2 sources", "ar": "مصدران"},
    "sources_n": {"en": "{n} sources", "ar": "{n} مصادر"},
    "sources_many": {"en": "{n} sources", "ar": "{n} مصدرًا"},
    "no_date": {"en": "no date", "ar": "بلا تاريخ"},
    "story": {"en": "story", "ar": "الخبر"},
    "copy": {"en": "copy", "ar": "نسخة"},
    "background": {"en": "background", "ar": "خلفية"},
    "copy_of": {"en": "copy of {name}", "ar": "نسخة من {name}"},
    "background_because": {"en": "background: {why}", "ar": "خلفية: {why}"},
    "whole_article": {"en": "(the whole article)", "ar": "(المقال كله)"},
    "copy_counted_once": {"en": "a copy of {name}: counted once as a source",
                          "ar": "نسخة من {name}: تُحتسب مصدرًا واحدًا"},
    "summary_points": {"en": "The summary's points ({n})", "ar": "نقاط الملخص ({n})"},
    "show_all_points": {"en": "Show all {n} points", "ar": "عرض النقاط كلها ({n})"},
    "no_points": {"en": "No point was chosen for the summary.", "ar": "لم تُختر أي نقطة للملخص."},
    "warnings": {"en": "Warnings", "ar": "تنبيهات"},
    "articles_by_date": {"en": "Articles by date", "ar": "المقالات حسب التاريخ"},
    "no_dated_article": {"en": "No article is dated, so there is no timeline.",
                         "ar": "لا تاريخ لأي مقال، فلا خط زمني."},
    "undated": {"en": "Articles without a date (not on the timeline):",
                "ar": "مقالات بلا تاريخ (ليست على الخط الزمني):"},
    "counts_over_time": {"en": "Counts over time", "ar": "الأعداد عبر الزمن"},
    "no_figures": {"en": "No count changes across the articles.", "ar": "لا عدد تتغير قيمته بين المقالات."},
    "latest_value": {"en": "latest", "ar": "الأحدث"},
    # the kinds of counts (figures.kinds in the config); a kind not listed here is shown by its key
    "kind_dead": {"en": "dead", "ar": "قتلى"},
    "kind_injured": {"en": "injured", "ar": "جرحى"},
    "kind_missing": {"en": "missing", "ar": "مفقودون"},
    "kind_displaced": {"en": "displaced", "ar": "نازحون"},
    "kind_arrested": {"en": "arrested", "ar": "معتقلون"},
    "kind_evacuated": {"en": "evacuated", "ar": "من أُجلوا"},
    "kind_rescued": {"en": "rescued", "ar": "من أُنقذوا"},
    "kind_buildings_destroyed": {"en": "buildings destroyed", "ar": "مبانٍ مدمّرة"},
    "kind_protesters": {"en": "protesters", "ar": "متظاهرون"},
    "kind_aboard": {"en": "on board", "ar": "من كانوا على متنه"},
    "kind_casualties": {"en": "dead and injured", "ar": "قتلى وجرحى"},
    # a count's scope (Figure.scope, scope_type, event: claims.events in the config)
    "col_scope": {"en": "scope", "ar": "النطاق"},
    "whole_event": {"en": "the whole event", "ar": "الحدث كله"},
    "scope_place": {"en": "place", "ar": "مكان"},
    "scope_group": {"en": "group", "ar": "فئة"},
    "part_of": {"en": "part of {whole}", "ar": "جزء من {whole}"},
    "event_airstrike": {"en": "airstrike", "ar": "غارة جوية"},
    "event_bombardment": {"en": "bombardment", "ar": "قصف"},
    "event_explosion": {"en": "explosion", "ar": "انفجار"},
    "event_shooting": {"en": "shooting", "ar": "إطلاق نار"},
    "event_clashes": {"en": "clashes", "ar": "اشتباكات"},
    "event_earthquake": {"en": "earthquake", "ar": "زلزال"},
    "event_aftershock": {"en": "aftershock", "ar": "هزة ارتدادية"},
    "event_flood": {"en": "flood", "ar": "فيضان"},
    "event_fire": {"en": "fire", "ar": "حريق"},
    "event_crash": {"en": "crash", "ar": "تحطّم"},
    "event_sinking": {"en": "sinking", "ar": "غرق"},
    "event_collapse": {"en": "collapse", "ar": "انهيار"},
    "event_stampede": {"en": "stampede", "ar": "تدافع"},
    "event_heat": {"en": "heat wave", "ar": "موجة حر"},
    "event_epidemic": {"en": "epidemic", "ar": "وباء"},
    # why a value is the latest (Figure.latest_from)
    "latest_from_date": {"en": "latest by date", "ar": "الأحدث حسب التاريخ"},
    "latest_from_cue": {"en": "latest by a time cue in the text", "ar": "الأحدث حسب قرينة زمنية في النص"},
    "latest_from_highest": {"en": "the highest (the dates do not tell)", "ar": "الأعلى (التواريخ لا تحسم)"},
    "latest_from_newer": {"en": "latest: its undated article gives the newest toll",
                          "ar": "الأحدث: مقاله غير المؤرخ يورد أحدث حصيلة"},
    "latest_from_disputed": {"en": "disputed: the sources count it differently", "ar": "موضع خلاف: تختلف المصادر في عدّه"},
    "latest_from_unknown": {"en": "not known which is latest: the value most sources give",
                            "ar": "لا يُعرف أيها الأحدث: القيمة التي تذكرها أكثر المصادر"},
    # a value's qualifier (claims.qualifiers in the config)
    "qualifier_at_least": {"en": "at least {value}", "ar": "{value} على الأقل"},
    "qualifier_about": {"en": "about {value}", "ar": "نحو {value}"},
    "qualifier_more_than": {"en": "more than {value}", "ar": "أكثر من {value}"},
    "qualifier_up_to": {"en": "up to {value}", "ar": "ما يصل إلى {value}"},
    "according_to": {"en": "according to {who}", "ar": "بحسب {who}"},
    # disputes: where the sources disagree
    "disputes": {"en": "Where the sources disagree ({n})", "ar": "ما تختلف فيه المصادر ({n})"},
    "dispute_about": {"en": "About: {about}", "ar": "بشأن: {about}"},
    "about_perpetrator": {"en": "who carried it out", "ar": "من نفّذه"},
    "stance_asserts": {"en": "asserts", "ar": "يؤكد"},
    "stance_denies": {"en": "denies", "ar": "ينفي"},
    "stance_counts": {"en": "counts", "ar": "يُحصي"},
    "stance_claims": {"en": "claims", "ar": "يزعم"},
    "no_one_named": {"en": "no source named", "ar": "لا يُسمّى مصدر"},
    "disputed": {"en": "disputed (see {n} in the summary tab)", "ar": "موضع خلاف (انظر {n} في تبويب الملخص)"},
    # stages (the progress bar)
    "stage_documents": {"en": "Reading and cleaning the articles", "ar": "قراءة المقالات وتنظيفها"},
    "stage_copies": {"en": "Finding copied articles", "ar": "البحث عن المقالات المنسوخة"},
    "stage_embeddings": {"en": "Embedding the sentences", "ar": "تمثيل الجمل"},
    "stage_points": {"en": "Finding what several sources report", "ar": "البحث عما تذكره عدة مصادر"},
    "stage_selection": {"en": "Choosing the points", "ar": "اختيار النقاط"},
    "stage_generation": {"en": "Writing the Arabic summary", "ar": "كتابة الملخص العربي"},
    "stage_translation": {"en": "Translating to English", "ar": "الترجمة إلى الإنجليزية"},
    "stage_attribution": {"en": "Linking the summary to its sources", "ar": "ربط الملخص بمصادره"},
}


def say(key: str, lang: str, **fields: object) -> str:
    """The page's text `key` in `lang`, with its fields filled in."""
    return TEXT[key][lang].format(**fields)


def sources_in_words(count: int, lang: str) -> str:
    """'3 sources' / '3 مصادر' (Arabic counts take the dual, a plural for 3-10 and a singular noun above)."""
    key = ("sources_1" if count == 1 else "sources_2" if count == 2 else
           "sources_n" if count <= 10 else "sources_many")
    return say(key, lang, n=count)


_LANGUAGE_RANGE = re.compile(r"^\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def language_of(accept_language: str | None) -> str:
    """The page's language for an HTTP Accept-Language header: the first of Arabic or English in the
    browser's order of preference (its q-values), else the default."""
    ranked = []
    for n, part in enumerate((accept_language or "").split(",")):
        match = _LANGUAGE_RANGE.match(part)
        if match:
            try:
                weight = float(match[2]) if match[2] else 1.0
            except ValueError:
                continue
            ranked.append((-weight, n, match[1].lower()))
    return next((code for weight, _, code in sorted(ranked) if code in LANGUAGES and weight < 0), DEFAULT_LANGUAGE)


# ---- the pipeline's English messages, in Arabic ------------------------------------------------
# Each pattern matches a whole message; its named parts are translated again (a reason inside a
# warning) unless they are data: names, numbers, dates and quoted text stay as they are.
_DATA_FIELDS = {"name", "other", "n", "k", "share", "day", "ref", "sim", "floor", "what", "label", "text",
                "size", "limit", "byte", "offset", "kind", "model", "reason", "file", "list"}

MESSAGES: list[tuple[re.Pattern[str], str]] = [(re.compile(f"^{p}$", re.DOTALL), ar) for p, ar in [
    # warnings
    (r"article (?P<name>.+?) looks like background, not the story: (?P<why>.+)",
     "المقال {name} يبدو خلفية للخبر لا جزءًا منه: {why}"),
    (r"article (?P<name>.+?) is a copy of (?P<other>.+?); it counts once as a source",
     "المقال {name} نسخة من {other}؛ يُحتسب مصدرًا واحدًا"),
    (r"article (?P<name>.+?) has no text left after removing page furniture",
     "لم يبقَ نص في المقال {name} بعد حذف عناصر الصفحة"),
    (r"article (?P<name>.+?) is mostly not Arabic \((?P<share>[0-9]+%) Arabic letters\); "
     r"the summarizer is built for Arabic news",
     "معظم المقال {name} ليس عربيًا (نسبة الحروف العربية {share})؛ الملخِّص مصمَّم للأخبار العربية"),
    (r"no Arabic sentence could be selected, so the summary is empty",
     "تعذّر اختيار أي جملة عربية، فالملخص فارغ"),
    (r"summary sentence (?P<n>\d+) has no supporting sentence in the sources: (?P<text>.+)",
     "جملة الملخص {n} لا تسندها أي جملة في المصادر: {text}"),
    (r"the summary states numbers or names that no source contains: (?P<list>.+)",
     "يذكر الملخص أعدادًا أو أسماء لا ترد في أي مصدر: {list}"),
    (r"(?P<why>.+?); showing the extractive summary instead", "{why}؛ يُعرض الملخص المستخرج بدلًا منه"),
    (r"the summary took longer than (?P<n>[0-9.]+) s, the time budget of one request \((?P<label>[a-z_.]+) in the "
     r"config\), and was stopped(?P<where>.*); give fewer or shorter articles",
     "استغرق التلخيص أكثر من {n} ثانية، وهي المهلة المحددة للطلب الواحد ({label} في الإعدادات)، فأُوقف؛ "
     "أعطِ مقالات أقل أو أقصر"),
    (r"(?P<why>.+?); the English summary is left empty", "{why}؛ يبقى الملخص الإنجليزي فارغًا"),
    # background reasons (joined by '; ' in one warning)
    (r"(?P<first>published .+?); (?P<second>its content .+)", "{first}؛ {second}"),
    (r"published (?P<day>\S+) \((?P<source>[^)]*)\), (?P<n>\d+) days (?P<when>before|after) the story's date "
     r"(?P<ref>\S+) \(the median of (?P<k>\d+) dated articles\)",
     "نُشر في {day} ({source})، {when} تاريخ الخبر {ref} بـ{n} يومًا (وسيط {k} مقالات مؤرخة)"),
    (r"its content is far from the other articles \(similarity (?P<sim>[0-9.]+), below (?P<floor>[0-9.]+)\)",
     "مضمونه بعيد عن المقالات الأخرى (التشابه {sim}، دون الحد {floor})"),
    (r"before", "قبل"), (r"after", "بعد"),
    # where a date came from (Document.published_from)
    (r"metadata", "البيانات الوصفية"), (r"label", "وسم التاريخ"), (r"dateline", "سطر المكان والتاريخ"),
    (r"updated", "تاريخ التحديث"), (r"page top", "أعلى الصفحة"), (r"date", "التاريخ"),
    (r"site stamp", "تاريخ يعرضه الموقع"), (r"site updated", "تحديث الموقع"),
    (r"(?P<how>.+), year inferred", "{how}، والسنة مستنتجة"),
    (r"inferred from the lead \(weekday and day, the story's year\)",
     "مستنتج من مطلع المقال (اليوم والتاريخ، وسنة الخبر)"),
    (r"inferred from the lead's weekday \((?P<how>.+) (?P<day>\S+) is another day\)",
     "مستنتج من يوم الأسبوع في مطلع المقال ({how} {day} يوم آخر)"),
    # why there is no rewrite or no English
    (r"generation is turned off \(generation\.enabled: false\)", "إعادة الصياغة معطّلة (generation.enabled: false)"),
    (r"no point was selected", "لم تُختر أي نقطة"),
    (r"the summarizer produced no text", "لم يُنتج نموذج التلخيص أي نص"),
    (r"the summarizer failed while generating \((?P<text>.*)\)", "تعطّل نموذج التلخيص أثناء الكتابة ({text})"),
    (r"the summary is empty", "الملخص فارغ"),
    (r"translation is turned off \(translation\.enabled: false\)", "الترجمة معطّلة (translation.enabled: false)"),
    (r"translation was not requested", "لم تُطلب الترجمة"),
    (r"the translator failed \((?P<text>.*)\)", "تعطّل نموذج الترجمة ({text})"),
    (r"the (?P<kind>summarizer|translator) model '(?P<model>[^']*)' could not be loaded \((?P<reason>.*)\)",
     "تعذّر تحميل النموذج '{model}' ({reason})"),
    # removal reasons (text/cleaning.py)
    (r"after '(?P<label>.+)' \(end-of-article section\)", "بعد '{label}' (قسم ختام المقال)"),
    (r"related-news item", "خبر ذو صلة"),
    (r"related-news item \(after a 'see also' label\)", "خبر ذو صلة (بعد عنوان «اقرأ أيضًا»)"),
    (r"end-of-article marker \(comments, tags or related items\)",
     "علامة نهاية المقال (تعليقات أو وسوم أو أخبار ذات صلة)"),
    (r"menu or ticker label", "عنوان قائمة أو شريط أخبار"),
    (r"headlines listed under '(?P<label>.+)'", "عناوين مدرجة تحت '{label}'"),
    (r"repeated line within the article", "سطر مكرر داخل المقال"),
    (r"site label or dateline before the text", "اسم الموقع أو سطر المكان والتاريخ قبل النص"),
    (r"related headlines at the end of the page", "عناوين ذات صلة في آخر الصفحة"),
    (r"short line repeated verbatim by other articles", "سطر قصير تكرره مقالات أخرى حرفيًا"),
    (r"share/social/menu buttons", "أزرار مشاركة أو تواصل أو قائمة"),
    (r"page widget", "عنصر من عناصر الصفحة"),
    (r"image caption", "تعليق صورة"),
    (r"view counter", "عدّاد مشاهدات"),
    (r"donation appeal", "دعوة إلى التبرع"),
    (r"run of headlines \(news ticker\)", "سلسلة عناوين (شريط أخبار)"),
    (r"section label", "اسم قسم"),
    (r"tweet signature", "توقيع تغريدة"),
    (r"timestamp", "ختم زمني"),
    (r"source credit", "نسبة إلى المصدر"),
    (r"agency credit or initials", "نسبة إلى وكالة أو أحرف أولى"),
    (r"byline or imprint", "اسم الكاتب أو بيانات النشر"),
    (r"breadcrumb trail \(the page's sections, then its title\)", "مسار التصفح (أقسام الموقع ثم عنوان الصفحة)"),
    (r"call to follow, share or subscribe", "دعوة إلى المتابعة أو المشاركة أو الاشتراك"),
    (r"a lone word \(label, advert or widget\)", "كلمة منفردة (وسم أو إعلان أو عنصر صفحة)"),
    (r"page header item \(menu, section, masthead or byline\)",
     "عنصر من رأس الصفحة (قائمة أو قسم أو ترويسة أو اسم كاتب)"),
    (r"non-Arabic page element \(button, credit or caption\)", "عنصر صفحة غير عربي (زر أو نسبة أو تعليق صورة)"),
    (r"furniture \(learned, p=(?P<n>[0-9.]+)\)", "عنصر صفحة (بنموذج متعلَّم، الاحتمال {n})"),
    # errors the page shows (the readers' and the page's own)
    (r"no articles given: upload files, paste articles separated by a line of ---, or click the example",
     "لم تُعطَ أي مقالات: حمّل ملفات، أو الصق مقالات يفصل بينها سطر ---، أو اضغط المثال"),
    (r"(?P<file>.+?) is empty \(0 bytes\)", "الملف {file} فارغ (0 بايت)"),
    (r"(?P<file>.+?) is (?P<size>[0-9,]+) bytes; the upload limit is (?P<limit>[0-9,]+) per file",
     "حجم {file} ‏{size} بايت؛ الحد لكل ملف {limit}"),
    (r"(?P<file>.+?): unsupported file type \(supported: (?P<list>.+)\)",
     "{file}: نوع ملف غير مدعوم (المدعوم: {list})"),
    (r"the pasted text is (?P<size>[0-9,]+) bytes; the limit is (?P<limit>[0-9,]+)",
     "حجم النص الملصق {size} بايت؛ الحد {limit}"),
    (r"(?P<n>\d+) articles given; at most (?P<k>\d+) per story.*", "أُعطي {n} مقالًا؛ الحد {k} مقالًا للخبر الواحد"),
    (r"no article text left after removing page furniture: the input holds no sentences to summarize",
     "لم يبقَ نص بعد حذف عناصر الصفحة: لا جمل في المدخلات لتلخيصها"),
    (r"(?P<file>.+?) is not UTF-8 text \(byte (?P<byte>0x[0-9a-f]+) at offset (?P<offset>\d+)\); (?P<text>.+)",
     "الملف {file} ليس نصًا بترميز UTF-8 (البايت {byte} في الموضع {offset})؛ حوّله أولًا: {text}"),
    (r"(?P<file>.+?) looks like a binary file \(it contains NUL bytes\)", "يبدو أن {file} ملف ثنائي لا نص"),
    (r"(?P<file>.+?): no article text found in the HTML page", "{file}: لا نص مقال في صفحة HTML"),
    (r"the example articles are missing \(no article files in (?P<file>.+)\)",
     "مقالات المثال مفقودة (لا ملفات في {file})"),
]]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def in_language(message: str, lang: str) -> str:
    """A message of the pipeline (English) on the page in `lang`; a message no pattern knows stays English.
    In Arabic a date is kept left to right (after Arabic letters '2021-02-24' would show as 24-02-2021)."""
    if lang == "en":
        return message
    return _ISO_DATE.sub(lambda m: f"\u2066{m[0]}\u2069", _translated(message, lang))


def _translated(message: str, lang: str) -> str:
    for pattern, template in MESSAGES:
        match = pattern.match(message.strip())
        if match:
            parts = {k: v if k in _DATA_FIELDS else _translated(v, lang) for k, v in match.groupdict().items()}
            return template.format(**parts)
    return message
