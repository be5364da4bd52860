"""Who carried the event out, as each source tells it, and the dispute when parties name different perpetrators
(made-up texts)."""
from datetime import date

import pytest

from summarize.story.perpetrators import ABOUT, BLAMES, NAMES, OWN, perpetrator_disputes, read_namings
from summarize.story.claims import DENIES

from test_claims import _claims_of, _story


@pytest.mark.parametrize("text, how, perpetrator, by", [
    ("وأعلن تنظيم داعش مسؤوليته عن الهجوم على المسجد.", OWN, "تنظيم داعش", "تنظيم داعش"),
    ("وتبنى تنظيم داعش تفجير المسجد في المدينة.", OWN, "تنظيم داعش", "تنظيم داعش"),
    ("أعلن تنظيم داعش، اليوم الأربعاء، تبنيه الهجوم على الضريح.", OWN, "تنظيم داعش", "تنظيم داعش"),
    ("وقالت الوكالة إن تنظيم داعش أعلن مسؤوليته عن التفجير.", OWN, "تنظيم داعش", "تنظيم داعش"),
    ("واتهم وزير الداخلية، سليمان صويلو، حزب العمال الكردستاني بالوقوف وراء الاعتداء.", BLAMES,
     "حزب العمال الكردستاني", "وزير الداخلية سليمان صويلو"),
    ("اتهمت جماعة الحوثي قوات التحالف باستهداف القاعة بغارتين.", BLAMES, "قوات التحالف", "جماعة الحوثي"),
    ("وحمل الائتلاف المعارض الحكومة السورية مسؤولية الهجوم.", BLAMES, "الحكومة السورية", "الائتلاف المعارض"),
    ("وحمّلت الحركة، إسرائيل والرئيس الأميركي كامل المسؤولية عن المجزرة.", BLAMES, "إسرائيل والرئيس الأميركي",
     "الحركة"),
    ("واتهم الرئيس الأميركي جو بايدن جماعات مدعومة من إيران بتنفيذ الهجوم.", BLAMES, "جماعات مدعومة من إيران",
     "الرئيس الأميركي جو بايدن"),
    ("وكانت جماعة أنصار الله قد اتهمت التحالف العربي بقصف السجن.", BLAMES, "التحالف العربي", "جماعة أنصار الله"),
    ("واتهمت الوزارة وحدات حماية الشعب التي تعتبرها أنقرة تنظيما إرهابيا، بالمسؤولية عن التفجير.", BLAMES,
     "وحدات حماية الشعب", "الوزارة"),
    ("وقال وزير الصحة إن جماعة التوحيد الوطني مسؤولة عن التفجيرات.", NAMES, "جماعة التوحيد الوطني", "وزير الصحة"),
    ("لكن المسؤولين الأفغان بمن فيهم الرئيس غني حملوا حركة طالبان مسؤولية الهجوم.", BLAMES, "حركة طالبان",
     "المسؤولين الأفغان بمن فيهم الرئيس غني"),
    ("وألقى رئيس الوزراء مسؤولية الهجوم على عاتق مقاتل ينتمي لوحدات حماية الشعب.", BLAMES,
     "مقاتل ينتمي لوحدات حماية الشعب", "رئيس الوزراء"),
    ("وأكدت جماعة صقور حرية كردستان التي أعلنت مسؤوليتها عن الهجوم أن منفذه من مواليد 1989.", OWN,
     "جماعة صقور حرية كردستان", "جماعة صقور حرية كردستان"),
    ("وقالت الحكومة الهندية إن لديها أدلة على ضلوع باكستان في الهجوم.", NAMES, "باكستان", "الحكومة الهندية"),
    ("ولم تعلن أي جماعة مسؤوليتها بعد، لكن الرئيس اتهم حركة طالبان بتنفيذ الهجوم.", BLAMES, "حركة طالبان", "الرئيس"),
    ("وقال الوزير إنه لا يوجد دليل على أن متطرفين سعوديين مسؤولون عن الهجوم.", DENIES, "متطرفين سعوديين", "الوزير"),
    ("كما اتهم وزير الخارجية عادل الجبير الحوثيين أيضا باستهداف المدينة بصاروخ.", BLAMES, "الحوثيين",
     "وزير الخارجية عادل الجبير"),
    ("ونفى الجيش السوري مسؤوليته عن الهجوم.", DENIES, "الجيش السوري", "الجيش السوري"),
    ("واتهمت الحكومة جماعة أنصار الله بقيامها باستهداف القاعة بصاروخ.", BLAMES, "جماعة أنصار الله", "الحكومة"),
    ("واتهمت الحكومة حركة الشباب باغتيال اثنين من موظفيها قرب الحدود.", BLAMES, "حركة الشباب", "الحكومة"),
    ("ونفت الوكالة الرسمية أن يكون تنظيم داعش قد أعلن مسؤوليته عن الهجوم.", DENIES, "تنظيم داعش", "الوكالة الرسمية"),
])
def test_a_sentence_names_the_perpetrator_and_who_says_so(cfg, text, how, perpetrator, by):
    [naming] = read_namings(_claims_of([text], cfg), cfg)
    assert (naming.how, naming.perpetrator, naming.by) == (how, perpetrator, by)


@pytest.mark.parametrize("text", [
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.",
    "ولم تعلن بعد أي جهة مسؤوليتها عن هذه الهجمات.",
    "وازدادت وتيرة الضربات على القواعد خلال الأيام الماضية، دون تبني أي جهة تلك الاستهدافات.",
    "وحملت الأمطار السيارات إلى الوادي.",                            # 'حمل' blames only with a charge
    "واتهم البيان التحالف بتشكيل جماعات مسلحة في المدينة.",           # a charge that is not the deed
    "وذكرت القناة أن التنظيم تبنى في تسجيل صوتي الهجمات.",             # a party named before, by a word for any
    "ومع ذلك، لم تصدر إسرائيل أي بيان رسمي يعلن مسؤوليتها عن الحادث.",   # any statement: none
])
def test_no_one_is_named_where_no_one_claimed_or_no_deed_is_charged(cfg, text):
    assert read_namings(_claims_of([text], cfg), cfg) == []


def test_a_claim_and_another_partys_accusation_are_a_dispute_with_a_denial_beside_them(cfg):
    claims = _claims_of(["وأعلن تنظيم داعش مسؤوليته عن الهجوم على قاعة الحفلات.",
                         "واتهم رئيس جهاز الأمن الروسي أوكرانيا بالوقوف وراء الهجوم على قاعة الحفلات.",
                         "ونفت أوكرانيا مسؤوليتها عن الهجوم."], cfg)
    [dispute] = perpetrator_disputes(claims, [], cfg)
    assert dispute.about == ABOUT and dispute.figure is None
    sides = {(s.stance, s.agent): s for s in dispute.sides}
    assert set(sides) == {("asserts", "تنظيم داعش"), ("asserts", "أوكرانيا"), ("denies", "أوكرانيا")}
    assert sides[("asserts", "أوكرانيا")].who == "رئيس جهاز الأمن الروسي"
    assert sides[("asserts", "تنظيم داعش")].sources == ["d"] and sides[("denies", "أوكرانيا")].sources == ["d2"]
    assert dispute.to_dict()["sides"][0]["agent"] in {"تنظيم داعش", "أوكرانيا"}


@pytest.mark.parametrize("other", [
    "وقال مسؤول أمني إن تنظيم الدولة الإسلامية مسؤول عن التفجير.",     # 'داعش' abbreviates it
    "وأعلن الحوثيون مسؤوليتهم عن الهجوم.",                               # 'ميليشيا الحوثي', 'الحوثيون'
    "وأعلن تنظيم ولاية سيناء الفرع المصري لتنظيم داعش مسؤوليته عن التفجير.",   # a branch, for its organisation
])
def test_one_party_under_two_names_is_no_dispute(cfg, other):
    first = "وأعلن تنظيم داعش مسؤوليته عن التفجير." if "الدولة" in other or "سيناء" in other else \
        "وأعلنت ميليشيا الحوثي مسؤوليتها عن الهجوم."
    claims = _claims_of([first, other], cfg)
    assert len(read_namings(claims, cfg)) == 2
    assert perpetrator_disputes(claims, [], cfg) == []


def test_names_written_side_by_side_in_the_story_are_one_party(cfg):
    claims = _claims_of(["وأعلن تنظيم أنصار بيت المقدس مسؤوليته عن الهجوم.",
                         "وقال المتحدث العسكري إن ولاية سيناء مسؤولة عن الهجوم.",
                         "ويعرف تنظيم أنصار بيت المقدس (ولاية سيناء) بهجماته في شمال سيناء."], cfg)
    assert perpetrator_disputes(claims, [], cfg) == []
    without = _claims_of(["وأعلن تنظيم أنصار بيت المقدس مسؤوليته عن الهجوم.",
                          "وقال المتحدث العسكري إن ولاية سيناء مسؤولة عن الهجوم."], cfg)
    assert len(perpetrator_disputes(without, [], cfg)) == 1


def test_the_summary_gives_both_perpetrators_or_neither_and_the_cli_names_them(summarizer):
    one = ("أعلن تنظيم داعش مسؤوليته عن الهجوم على قاعة الحفلات في ضواحي موسكو الذي قتل فيه 40 شخصا.\n"
           "وقال التنظيم في بيان إن أربعة من مقاتليه نفذوا الهجوم بالأسلحة الرشاشة.")
    two = ("اتهم رئيس جهاز الأمن الروسي أوكرانيا بالوقوف وراء الهجوم على قاعة الحفلات في ضواحي موسكو.\n"
           "وقال إن المهاجمين كانوا في طريقهم إلى الحدود الأوكرانية عندما اعتقلوا.")
    result = _story(summarizer, [(one, date(2024, 3, 23)), (two, date(2024, 3, 23))])
    [dispute] = [d for d in result.disputes if d.about == ABOUT]
    said = [s.text in result.summary_ar for s in dispute.sides]
    assert all(said) or not any(said)
    assert {s.agent for s in dispute.sides} == {"تنظيم داعش", "أوكرانيا"}
    from summarize.cli import render_text
    printed = render_text(result)
    assert "about: who carried it out" in printed
    assert "asserts أوكرانيا (رئيس جهاز الأمن الروسي;" in printed and "asserts تنظيم داعش (تنظيم داعش;" in printed


def test_an_accused_party_denying_the_deed_is_a_dispute_even_without_another_perpetrator(cfg):
    claims = _claims_of(["واتهم الحوثيون طيران التحالف بقصف السجن الاحتياطي في صعدة.",
                         "ونفى التحالف استهداف السجن الاحتياطي في صعدة.",
                         "ونفى التحالف وجود أي قوات له في المدينة."], cfg)
    [dispute] = perpetrator_disputes(claims, [], cfg)
    sides = {s.stance: s for s in dispute.sides}
    assert set(sides) == {"asserts", "denies"}
    assert sides["asserts"].agent == "طيران التحالف" and sides["asserts"].who == "الحوثيون"
    assert sides["denies"].sources == ["d1"]                 # not its denial of another matter
    alone = _claims_of(["واتهم الحوثيون طيران التحالف بقصف السجن الاحتياطي في صعدة."], cfg)
    assert perpetrator_disputes(alone, [], cfg) == []


def test_the_page_names_the_perpetrator_dispute_in_its_language_with_each_sides_agent(summarizer):
    from summarize.ui.views import disputes_html
    result = _story(summarizer, [("وأعلن تنظيم داعش مسؤوليته عن الهجوم على قاعة الحفلات.", None),
                                 ("واتهم رئيس جهاز الأمن الروسي أوكرانيا بالوقوف وراء الهجوم على قاعة الحفلات.", None)])
    english, arabic = disputes_html(result, "en"), disputes_html(result, "ar")
    assert "who carried it out" in english and "من نفّذه" in arabic
    assert english.count('class="side-value" dir="auto">أوكرانيا<') == 1
    assert "رئيس جهاز الأمن الروسي" in english              # who says so, beside the party it names
    assert english.count("side-who") == 1                    # not 'تنظيم داعش' twice for a party's own claim


def test_a_denial_that_a_partys_people_did_it_is_that_partys_side(cfg):
    claims = _claims_of(["وأعلن تنظيم داعش مسؤوليته عن الهجومين على البرلمان.",
                         "واتهمت إيران السعودية بالوقوف وراء الهجومين على البرلمان.",
                         "وقال الوزير السعودي إنه لا يوجد دليل على أن متطرفين سعوديين مسؤولون عن الهجومين."], cfg)
    [dispute] = perpetrator_disputes(claims, [], cfg)
    assert {(s.stance, s.agent) for s in dispute.sides} == \
        {("asserts", "تنظيم داعش"), ("asserts", "السعودية"), ("denies", "متطرفين سعوديين")}


def test_a_party_and_the_country_it_is_based_in_are_two_parties(cfg):
    claims = _claims_of(["وأعلنت جماعة جيش محمد، ومقرها باكستان، مسؤوليتها عن الهجوم.",
                         "وقالت الحكومة الهندية إن لديها أدلة على ضلوع باكستان في الهجوم."], cfg)
    [dispute] = perpetrator_disputes(claims, [], cfg)
    assert {s.agent for s in dispute.sides} == {"جماعة جيش محمد", "باكستان"}


def test_a_country_and_its_services_are_one_party_and_a_day_is_no_party(cfg):
    claims = _claims_of(["وقالت أجهزة الأمن الروسية اليوم الاثنين إن الأجهزة الخاصة الأوكرانية مسؤولة عن التفجير.",
                         "واتهم رئيس جهاز الأمن أوكرانيا بالوقوف وراء التفجير."], cfg)
    namings = read_namings(claims, cfg)
    assert [(n.perpetrator, n.by) for n in namings] == [("الأجهزة الخاصة الأوكرانية", "أجهزة الأمن الروسية"),
                                                        ("أوكرانيا", "رئيس جهاز الأمن")]
    assert perpetrator_disputes(claims, [], cfg) == []       # one perpetrator, named twice: no dispute


def test_a_count_only_the_perpetrators_say_is_their_claim_against_the_count(summarizer):
    """The group that claims the attack gives its own toll after 'أن': a side against the count, never the latest; a
    toll the sentence tells of their deed ('التي أسفرت عن مقتل') is the writer's, not their claim."""
    texts = [("قتل 69 شخصا على الأقل في الهجوم على المركز التجاري بحسب الصليب الأحمر.", None),
             ("وقال الرئيس إن 67 شخصا قتلوا في الهجوم على المركز التجاري بينما أعلنت حركة الشباب التي أعلنت مسؤوليتها "
              "عن الهجوم أن عدد القتلى بلغ مئة وسبعة وثلاثين.", None)]
    result = _story(summarizer, texts)
    [dead] = [f for f in result.figures if f.what == "dead"]
    assert dead.latest != 137
    [dispute] = [d for d in result.disputes if d.figure]
    assert 137 in {s.value for s in dispute.sides} and {s.value for s in dispute.sides} & {67, 69}
    texts = [("ارتفع عدد القتلى في التفجيرين إلى 84 قتيلا بحسب وزارة الصحة.", None),
             ("وأعلن تنظيم داعش مسؤوليته عن التفجيرين في المدينة اللذين أسفرا عن مقتل نحو 100 شخص.", None)]
    assert not [d for d in _story(summarizer, texts).disputes if d.figure]
