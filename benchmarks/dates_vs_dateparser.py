"""Our date reader (text/dates.find_dates) against dateparser.search on made-up Arabic publication lines:
which reads them right, and how fast. Run: .venv/bin/python benchmarks/dates_vs_dateparser.py
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import time, warnings
warnings.filterwarnings("ignore")
from datetime import date
from summarize.text.dates import find_dates
from dateparser.search import search_dates
cases = [("نشر في 7 مارس 2023", date(2023,3,7)), ("الثلاثاء 7 آذار/مارس 2023", date(2023,3,7)),
 ("تاريخ النشر: 2021-03-29", date(2021,3,29)), ("29/03/2021 - 10:15", date(2021,3,29)),
 ("الأحد، 12 فبراير 2023 - 09:30 ص", date(2023,2,12)), ("آخر تحديث: 13 سبتمبر 2023", date(2023,9,13)),
 ("السبت 9 سبتمبر 2023م", date(2023,9,9)), ("٢٢ يناير ٢٠٢٤", date(2024,1,22)),
 ("20 حزيران 2019", date(2019,6,20)), ("الجمعة 10 مارس/ آذار 2023", date(2023,3,10)),
 ("منذ 3 ساعات", None), ("الخميس 20 يونيو 2019 الساعة 14:00", date(2019,6,20))]
for name, f in (("ours", lambda t: [date(m.year, m.month, m.day) for m in find_dates(t) if m.year][:1]),
                ("dateparser", lambda t: [d.date() for _, d in (search_dates(t, languages=["ar"]) or [])][:1])):
    start = time.perf_counter(); right = 0
    for text, want in cases:
        got = f(text)
        right += (got[:1] == [want]) if want else (not got)
    print(f"{name:<11} {right}/{len(cases)} right, {1000*(time.perf_counter()-start)/len(cases):.1f} ms a line")
