"""Slips in names: each typed slip finds the units it means, and near-misses find no other."""

from __future__ import annotations

import pytest

from bench.national import make_roster, roster_gazetteer
from handlers.gazetteer import Gazetteer, Mention
from handlers.name_repair import (
    clean_word,
    looks_slipped,
    may_respell,
    span_keys,
    spelled_variants,
    word_variants,
)
from vocab.text import canon_word, fold_word, words

HOA_BINH = (
    "06103",
    "06274",
    "06397",
    "06508",
)  # Hòa Bình in Bình Gia, Văn Quan, Hữu Lũng, Chi Lăng
TAN_THANH = ("06166", "06250", "06379", "06442")  # Tân Thanh (Văn Lãng) and three Tân Thành
CHI_LANG = ("05983", "06034", "06466", "06523", "187")  # phường, two xã, thị trấn, huyện
# (as typed, the codes of the units the repaired name means: one unit, or several to ask)
SLIPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a slip of the fingers: two letters swapped, or the n of a final ng/nh left out
    ("vnih yen", ("06070",)),
    ("Hòa Ưc", ("06223",)),
    ("Lương Năg", ("06292",)),
    ("nhat oha", ("06376",)),
    ("Bằng Mcạ", ("06493",)),
    # Telex leftovers: tone keys (s f r x j), w for ă ơ ư, doubled vowels, dd for đ
    ("Bawcs Sown", ("06325", "185")),
    ("Nhaan Lys", ("06496",)),
    ("Hoaf Binhf", HOA_BINH),
    ("Loocj Binhf", ("06529", "188")),
    ("Ddinhf Laapj", ("06613", "06628", "189")),
    ("Traangf Ddinhj", ("180",)),
    ("Chi Lawng", CHI_LANG),
    ("Mawux Sown", ("06238", "06532")),
    ("Vaan Quan", ("06253", "184")),
    ("Vawn Laxng", ("182",)),
    ("Cao Loocj", ("06187", "183")),
    ("Huwux Luxng", ("06385", "186")),
    ("Binhf Gia", ("06112", "181")),
    ("Khasnh Xuaan", ("06544",)),
    ("Long Ddoongs", ("06328",)),
    ("Quarng Lacj", ("05989",)),
    ("Tuws Mijch", ("06547",)),
    ("Yeen Khoais", ("06541",)),
    ("Thaats Khee", ("05995",)),
    ("Ddoongf Ddaang", ("06184",)),
    ("Hoangf Ddoongf", ("05986",)),
    ("Taan Thanhf", TAN_THANH),
    ("Nhaajt Tieens", ("06382", "06418")),  # Nhất Tiến and Nhật Tiến fold together: ask
    ("Thuyj Hungf", ("06136", "06208")),
    ("Mai Phaf", ("05992",)),
    ("Ys Tichj", ("06520",)),
    ("Baawcs Quyfnh", ("06343",)),
    ("Xuaats Lex", ("06202",)),
    ("Gia Mieenx", ("06160",)),
    ("Tuws Ddoanj", ("06562",)),
    ("Truwowngf Các", ()),  # Trường Các is no unit: Tràng Các is not guessed
    # VNI leftovers: digits after the letters
    ("Hoa2 Bi2nh", HOA_BINH),
    ("Nha6n Ly1", ("06496",)),
    ("Ba8c So7n", ("06325", "185")),
    ("Lo65c Bi2nh", ("06529", "188")),
    ("D9i2nh La65p", ("06613", "06628", "189")),
    ("Ma64u So7n", ("06238", "06532")),
    ("Va8n Quan", ("06253", "184")),
    ("Tra2ng Ca1c", ("06301",)),
    ("Kha1nh Khe6", ("06286",)),
    ("Hu74u Lu4ng", ("06385", "186")),
    ("Ye6n Tra5ch", ("06247",)),
    ("Va6n Nham", ("06433",)),
    ("Hoa2 Cu7", ("06223",)),
    ("Thanh Lo2a", ("06193",)),
    ("D9o62ng Ta6n", ("06424",)),
    ("Bi2nh Phu1c", ("06298",)),
    # a doubled letter (a key held down)
    ("nhan lyy", ("06496",)),
    ("nhan lyyy", ("06496",)),
    ("hoang dongg", ("05986",)),
    ("Mai Phaa", ("05992",)),
    ("Bắc Sơnn", ("06325", "185")),
    ("Khánh Xuânn", ("06544",)),
    ("Đồng Bụcc", ("06553",)),
    ("Lợi Bácc", ("06601",)),
    ("Xuân Dươngg", ("06607",)),
    ("Ái Quốcc", ("06610",)),
    ("Kiênn Mộc", ("06625",)),
    ("Hòa Bìnhh", HOA_BINH),
    ("tan thanhh", TAN_THANH),  # never narrowed to Tân Thanh or Tân Thành silently
    ("nhat tienn", ("06382", "06418")),
    ("huu lungg", ("06385", "186")),
    # i and y
    ("Nhân Lí", ("06496",)),
    ("nhan li", ("06496",)),
    ("Nhạc Kì", ("06181",)),
    ("nhac ki", ("06181",)),
    ("Tân Mĩ", ("06172",)),
    ("Quí Hòa", ("06076",)),
    # s and x
    ("Suân Long", ("06241",)),
    ("suan long", ("06241",)),
    ("Khánh Suân", ("06544",)),
    ("Bắc Sa", ("06619",)),
    ("Phú Sá", ("06214",)),
    ("Khuất Sá", ("06565",)),
    ("Suất Lễ", ("06202",)),
    ("Tú Suyên", ("06277",)),
    ("Bính Sá", ("06622",)),
    # tr and ch
    ("Chấn Ninh", ("06256",)),
    ("Chấn Yên", ("06370",)),
    ("Chùng Khánh", ("06127",)),
    ("Bình Chung", ("06217",)),
    ("Quang Chung", ("06088",)),
    ("Chàng Định", ("180",)),
    ("Chàng Các", ("06301",)),
    # d, gi and r
    ("Da Cát", ("06235",)),
    ("Da Lộc", ("06475",)),
    ("Tam Da", ("06559",)),
    ("Da Miễn", ("06160",)),
    ("Bình Da", ("06112", "181")),
    # l and n
    ("Nâm Sơn", ("06499",)),
    ("Nương Năng", ("06292",)),
    ("Nhân Ný", ("06496",)),
    ("Niên Hội", ("06268",)),
    ("Nâm Ca", ("06640",)),
    ("nam son", ()),  # typed bare, nam is a word of a real name (Nam Quan): not respelled
    # two slips in one name
    ("Suaan Long", ("06241",)),
    ("nhan lii", ("06496",)),
)
# Typed exactly: found exact, never "repaired" into a neighbour.
EXACT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Tân Thanh", ("06166",)),
    ("Tân Thành", ("06250", "06379", "06442")),
    ("tan thanh", TAN_THANH),
    ("Nhất Tiến", ("06382",)),
    ("Nhật Tiến", ("06418",)),
    ("Hoà Bình", HOA_BINH),
    ("Hữu Lũng", ("06385", "186")),
    ("Bắc Xa", ("06619",)),
    ("Tri Lễ", ("06313",)),
    ("Nhân Lý", ("06496",)),
)
# No unit at all, though the words are close to names or carry slip-like letters.
NOTHING = (
    "con thieu gi",
    "con thieeu gif",
    "xa nao dat chuan",
    "bao nhieu xa",
    "la gi",
    "thoi tiet hom nay",
    "cam on ban nhe",
    "tien do bao cao",
    "ho ngheo nha o",
    "muc tieu nam 2024",
    "ra sao",
    "Tri Lăng",  # tri is a word of real names (Tri Lễ): not respelled into Chi Lăng
    "Vũ Năng",  # năng is a word of a real name (Lương Năng): not respelled into Vũ Lăng
    "Tân Thàn",  # a dropped letter is fuzzy's to judge (confirmed), not a repair
    "Hoàng Văn",
    "xin chao ban",
)


# Ordinary questions, with marks and without: on a national-size roster their words spell
# names once respelled ("xã Tân" -> Sa Tân, "là bao" -> Na Bảo, "giải ngân" -> Đại Ngàn).
QUESTIONS = (
    "xã Tân Thành còn thiếu tc nào",
    "bình quân tiêu chí/xã của tỉnh là bao nhiêu",
    "bq tieu chi binh gia la bao nhieu vay",
    "tieu chi 11 ngheo da chieu la sao",
    "5 xã phấn đấu đạt chuẩn nâng cao là xã nào",
    "5 xa phan dau dat chuan nang cao la xa nao",
    "xã kiểu mẫu năm 2023 là xã nào",
    "xa kieu mau nam 2023 la xa nao",
    "tong nhu cau von nam 2023 la bao nhieu",
    "ngân sách trung ương cho chương trình nông thôn mới năm nay",
    "ngan sach trung uong cho chuong trinh nong thon moi nam nay",
    "mục tiêu tỷ lệ cứng hóa đường giao thông nông thôn",
    "muc tieu ty le cung hoa duong giao thong nong thon",
    "Xin chào, mình là cán bộ xã",
    "xin chao minh la can bo xa",
    "đặt vé xe đi Hà Nội",
    "dat ve xe di ha noi",
    "tien do giai ngan von",
    "xa nay da dat chuan chua",
    "huyen nao co nhieu xa dat nhat",
    "tinh hinh thuc hien ra sao",
    "cho minh hoi xa nao o bien gioi",
    "nam nay xa minh phan dau dat may tieu chi",
    "chi tieu thu nhap binh quan dau nguoi",
)


@pytest.fixture(scope="module")
def national() -> Gazetteer:
    """The names of a 16,000-xã synthetic roster (the bench's), with no Lạng Sơn name."""
    return roster_gazetteer(make_roster(1000, 16000))


@pytest.mark.parametrize("text", QUESTIONS)
def test_ordinary_questions_spell_no_repaired_name_at_national_size(
    national: Gazetteer, text: str
) -> None:
    """Common words of questions are never respelled into a name, nor marks ignored."""
    assert [m.text for m in mentions(national, text) if not m.exact] == []


def mentions(gaz: Gazetteer, text: str) -> list[Mention]:
    """Find the mentions in text, tokenised as the parser does."""
    typed = words(text)
    return gaz.find([canon_word(w) for w in typed], [fold_word(w) for w in typed])


def test_the_table_is_large_and_covers_every_rule() -> None:
    """At least 80 slips, no slip listed twice, and every slip really differs from its name."""
    assert len(SLIPS) >= 80
    assert len({s for s, _ in SLIPS}) == len(SLIPS)


@pytest.mark.parametrize(("typed", "codes"), SLIPS, ids=[s for s, _ in SLIPS])
def test_slip_finds_the_units_it_means(
    gazetteer: Gazetteer, typed: str, codes: tuple[str, ...]
) -> None:
    """The repaired name gives its unit (or all units of that name, to ask), marked not exact."""
    found = mentions(gazetteer, typed)
    if not codes:
        assert [m for m in found if not m.exact] == []
        return
    assert len(found) == 1
    mention = found[0]
    assert sorted(p.code for p in mention.places) == sorted(codes)
    assert mention.exact is False
    assert (mention.start, mention.end) == (0, len(words(typed)))


@pytest.mark.parametrize(("typed", "codes"), EXACT, ids=[s for s, _ in EXACT])
def test_exact_names_stay_exact(gazetteer: Gazetteer, typed: str, codes: tuple[str, ...]) -> None:
    """A name typed right is an exact match with its own units only."""
    (mention,) = mentions(gazetteer, typed)
    assert mention.exact is True
    assert sorted(p.code for p in mention.places) == sorted(codes)


@pytest.mark.parametrize("typed", NOTHING)
def test_near_misses_are_not_repaired(gazetteer: Gazetteer, typed: str) -> None:
    """Words that are no name stay no name: no repaired mention comes out of them."""
    assert [m.text for m in mentions(gazetteer, typed) if not m.exact] == []


def test_repaired_slip_in_a_question_keeps_its_place_and_marker(gazetteer: Gazetteer) -> None:
    """In a question the repaired span is where the name was typed, and a marker narrows it."""
    found = mentions(gazetteer, "huyện Bawcs Sown có bao nhiêu xã đạt tiêu chí 5")
    assert [(m.start, m.end, m.marker, [p.code for p in m.places]) for m in found] == [
        (1, 3, "district", ["185"])
    ]
    (xa,) = mentions(gazetteer, "xa nhan lyy con thieu gi")
    assert (xa.start, xa.end, xa.exact, xa.places[0].code) == (1, 3, False, "06496")


def test_fuzzy_consults_the_repairs(gazetteer: Gazetteer) -> None:
    """A leftover span handed to fuzzy() is repaired too, scoring below a literal match."""
    score, places = gazetteer.fuzzy("hoa2 bi2nh")
    assert 93 <= score < 100
    assert sorted(p.code for p in places) == sorted(HOA_BINH)


@pytest.mark.parametrize(
    ("word", "cleaned"),
    [
        ("bawcs", "bac"),
        ("sown", "son"),
        ("hoa2", "hoa"),
        ("bi2nh", "binh"),
        ("nhaan", "nhan"),
        ("lyy", "ly"),
        ("huu", "huu"),  # ưu is real (Hữu): a doubled u stays
        ("truwowngf", "truong"),
        ("hwng", "hung"),
        ("tri", "tri"),  # r before the vowel is a consonant, not a tone key
        ("xuan", "xuan"),
        ("2023", "2023"),
    ],
)
def test_clean_word(word: str, cleaned: str) -> None:
    """Typing-method leftovers come off a word; a clean word is left as it is."""
    assert clean_word(word) == cleaned
    assert looks_slipped(word) == (word != cleaned)


def test_known_and_common_words_are_not_respelled() -> None:
    """A word of a real name or of questions keeps its spelling, unless typed with marks."""
    assert may_respell("chan", known=False, marked=False)
    assert not may_respell("tri", known=True, marked=False)
    assert not may_respell("xa", known=False, marked=False)
    assert may_respell("nam", known=False, marked=True)  # "nâm" typed: the marks are checked
    assert word_variants("tri", False) == ("tri",)
    assert set(word_variants("chan", True)) >= {"chan", "tran"}
    assert list(span_keys(["tri", "le"], [False, False])) == []
    assert set(span_keys(["nhan", "li"], [False, True])) == {"nhan ly", "nhan ni", "nhan il"}
    assert set(span_keys(["nhaan", "lys"], [False, False])) == {"nhan ly", "nhan lys", "nhaan ly"}


def test_marks_typed_must_agree_with_the_name(gazetteer: Gazetteer) -> None:
    """Typed with marks, a respelled word keeps them: "Suân" is "Xuân", "xã" is never "Sa"."""
    assert canon_word("xuân") in spelled_variants(canon_word("suân"))
    assert canon_word("sa") not in spelled_variants(canon_word("xã"))
    assert canon_word("sơn") in spelled_variants(canon_word("sơnn"))
    assert canon_word("lý") in spelled_variants(canon_word("lí"))


def test_a_known_word_is_told_by_its_diacritics(gazetteer: Gazetteer) -> None:
    """Typed with its marks, "nâm" is no word of a real name, though "nam" (Nam Quan) is."""
    assert gazetteer.is_name_word("nam", "nam")
    assert not gazetteer.is_name_word(canon_word("nâm"), "nam")
    assert gazetteer.is_name_word(canon_word("tri"), "tri")


def test_a_word_blanked_by_the_parser_is_still_repaired_later(gazetteer: Gazetteer) -> None:
    """The parser blanks the words a question took (key "\\x00"); the gazetteer, which lives
    as long as the bot, must not remember that for the word itself: a later slip with the
    same word is still repaired."""
    fresh = Gazetteer(
        gazetteer.places.values(), [(*key, n) for key, n in gazetteer.criteria.items()]
    )
    assert fresh.find(["chi", "lawng"], ["\x00", "lawng"]) == []
    (mention,) = mentions(fresh, "Chi Lawng")
    assert mention.exact is False
    assert sorted(p.code for p in mention.places) == sorted(dict(SLIPS)["Chi Lawng"])
