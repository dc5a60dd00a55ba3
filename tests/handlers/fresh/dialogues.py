"""Fresh rows asked as the last message of a real chat of two to four messages, written apart.

Real users do not ask one full question: they ask, then change one thing ("còn Bình Gia?",
"năm 2023 thì sao", "tiêu chí 5 thì sao", "xã nào thấp nhất?"), correct themselves ("à không,
ý em là ...", "nhầm, Cao Lộc cơ"), point back ("xã đó", "huyện này", "cái đó", "nó"), ask for
more ("kể tên ra", "chi tiết hơn", "còn gì nữa không"), say thanks or "ok" between questions,
start a new topic that must not inherit the old unit, switch between the 2023 plan and the
units of today (after 1 July 2025), and, when registered, say "xã em" / "huyện em".

Each row is the LAST message; `before` holds the earlier messages of the same chat. The rows
live in dialogue_follow.py (changing one thing), dialogue_turns.py (corrections, pointing back,
asking for more) and dialogue_chat.py (thanks, new topics, the plan and today, "xã em"); this
module joins them and lists the ones the bot gets wrong. Every
figure is computed from the transcribed plan, the source in a comment: "PLn <xã>" is appendix
n's row for that xã (store/data/kh18_2023/phu_luc_N.tsv); "PL6 tc k <district>" is appendix 6,
criterion k's row, that district's column (plan 2023), over the district's size ("Cộng" ÷
average: TP 3, Tràng Định 21, Văn Lãng 16, Bình Gia 18, Bắc Sơn 17, Văn Quan 16, Cao Lộc 20,
Lộc Bình 19, Đình Lập 10, Chi Lăng 18, Hữu Lũng 23); "PL6 avg" / "PL7 avg" the last row of
appendix 6 / 7; today's units are store/data/langson_2025_old_to_new.csv and
langson_units_2025-07_new.csv (65 units, 61 xã); headline targets headline_targets.csv; funding
funding.csv. The 2022 count of criterion 5 (71) is the seed's line 27: "thêm 10 xã ..., nâng
tổng số ... lên 81/181".
"""

from __future__ import annotations

from tests.handlers.fresh.dialogue_chat import NEW_TOPIC, PLAN_AND_TODAY, REGISTERED, THANKS
from tests.handlers.fresh.dialogue_follow import CHANGE_ONE
from tests.handlers.fresh.dialogue_turns import CORRECTIONS, MORE, MORE_EXTRA, POINTING, THAT
from tests.handlers.fresh.row import F

ROWS: tuple[F, ...] = (
    CHANGE_ONE
    + CORRECTIONS
    + POINTING
    + MORE
    + MORE_EXTRA
    + THAT
    + THANKS
    + NEW_TOPIC
    + PLAN_AND_TODAY
    + REGISTERED
)

_CORRECT_UNIT = (
    "a correction naming another unit ('à nhầm, em hỏi X', 'ý là X', 'không, ý anh là cả tỉnh')"
    " is parsed as a new question: the previous measure is dropped and an overview answers"
)
_CORRECT_CRITERION = (
    "a correction naming another criterion ('không phải, tiêu chí 6 cơ', 'à quên, ý em hỏi"
    " tiêu chí 8') is read as 'what is criterion N' (criterion_info), the unit and count dropped"
)
_NANG_CAO = (
    "'nâng cao' after an average with other words around it ('thế nâng cao được bao nhiêu',"
    " 'ý em là nâng cao chứ ...') lists the nâng cao set (criterion_info), the district dropped"
)
_CORRECT_OTHER = (
    "other corrections: 'nhầm, năm 2022 chứ không phải 2023' is not understood, 'không phải X,"
    " Y cơ' compares X and Y, and 'mới' of 'mới đúng' (is right) is read as 'the new unit'"
)
_ASK_MORE = (
    "asking for more after an answer ('kể tên ra', 'những xã nào', 'chi tiết hơn', 'cụ thể là"
    " những tiêu chí nào', 'còn ... nữa không') has no follow-up: unknown, help or a province"
    " ranking of criteria; 'kể tên' is even taken for a unit name ('Ke Ten')"
)
_RANK_SCOPE = (
    "'xã nào thấp/cao nhất' after a group's average or list (border, đbkk, the 10 xã of PL1)"
    " ranks every xã of appendices 1-5, not the group; 'dưới mức bình quân' is not a filter"
)
_DO_THI = (
    "desk.CHART_MARKS matches 'do thi' (đồ thị) inside 'đó thì' / 'đó thiếu' with no word"
    " boundary, so 'huyện đó thì ...' and 'xã đó thiếu ...' get a chart"
)
_TODAY_POINTER = (
    "a pointer to the new unit after a today_became answer ('nó/xã mới đó gồm ...', 'xã mới đó"
    " giờ đạt ...', 'giờ xã <reused name>') repeats became, takes 'Moi' for a name, or answers"
    " the 2023 xã of that name"
)
_OWN_FOLLOW = (
    "'xã em' / 'huyện em' in a follow-up or with 'mấy cái' is not resolved to the sender's unit:"
    " the previous unit or the province answers, or the bot asks which xã"
)
_FILLER = (
    "a filler around a follow-up ('ok vậy còn X', 'ừ, thế còn tiêu chí N', 'thế huyện X', an"
    " aside 'à cho hỏi thêm' answered as targets) breaks it: an overview or criterion_info"
    " answers, the criterion or the unit is lost"
)
_GROUP_FOLLOW = (
    "a follow-up changing the year or the group of a group average ('năm 2023 phấn đấu bao"
    " nhiêu', 'thế xã đặc biệt khó khăn thì sao') answers the plan's targets or the member list"
)
_DAY = (
    "'đấy' (the northern 'đó') is not a pointing word: 'huyện đấy ...' after a xã loses its"
    " district and the province or a ranking answers"
)
_TWO_UNITS = (
    "a question about the two units just asked or compared ('chênh nhau bao nhiêu', 'hai xã"
    " đó') finds no unit: the chat context keeps one unit, not the pair"
)
_NEW_MEASURE = "a pronoun with a new measure ('nó là gì thế') keeps the previous measure"

# Rows the bot answers wrong: text -> its general cause.
GAPS: dict[str, str] = {
    text: cause
    for cause, texts in (
        (
            _CORRECT_UNIT,
            (),
        ),
        (
            _CORRECT_CRITERION,
            (),
        ),
        (
            _CORRECT_OTHER,
            ("nhầm, năm 2022 chứ không phải 2023",),
        ),
        (
            _ASK_MORE,
            (
                "chi tiết từng tiêu chí được không",
                "còn tiêu chí nào nữa không",
            ),
        ),
        (
            _RANK_SCOPE,
            ("những huyện nào dưới mức bình quân tỉnh",),
        ),
        (
            _DO_THI,
            (
                "thế cả huyện đó thì sao",
                "hồi năm 2023 thì xã đó thiếu tiêu chí nào",
            ),
        ),
        (
            _TODAY_POINTER,
            ("thế giờ xã Thiện Tân đạt bao nhiêu tc",),
        ),
        (
            _OWN_FOLLOW,
            (),
        ),
        (
            _FILLER,
            (),
        ),
        (_GROUP_FOLLOW, ("năm 2023 phấn đấu bao nhiêu",)),
        (
            _NANG_CAO,
            (),
        ),
        (
            _DAY,
            (),
        ),
        (_TWO_UNITS, ("chênh nhau bao nhiêu", "hai xã đó xã nào nhiều hơn")),
        (_NEW_MEASURE, ("nó là gì thế",)),
    )
    for text in texts
}
