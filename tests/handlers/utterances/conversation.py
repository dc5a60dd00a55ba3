"""Utterances of conversation: greetings, help, who the bot is, follow-ups, not understood."""

from __future__ import annotations

from tests.handlers.utterances.utterance import U

CONVERSATION: tuple[U, ...] = (
    # ---------------------------------------------------------------- greet
    U("chào bạn", "greet"),
    U("xin chao", "greet"),
    U("hello", "greet"),
    U("Chào bot!", "greet"),
    U("hi", "greet"),
    U("chao ban a", "greet"),
    U("Xin chào, mình là cán bộ xã", "greet"),
    U("alo", "greet"),
    U("hi there", "greet"),
    U("cảm ơn bạn nhiều", "greet"),
    # ---------------------------------------------------------------- help
    U("hướng dẫn", "help"),
    U("/help", "help"),
    U("giup toi", "help"),
    U("bot làm được gì", "help"),
    U("bot nay dung de lam gi", "help"),
    U("tôi có thể hỏi những gì", "help"),
    U("huong dan su dung", "help"),
    U("Trợ giúp", "help"),
    U("cách dùng bot này thế nào?", "help"),
    U("help me", "help"),
    U("bạn là ai", "help"),
    # ---------------------------------------------------------------- about
    U("kế hoạch 18 là gì", "about"),
    U("KH 18 ban hành ngày nào", "about"),
    U("ai ky ke hoach 18", "about"),
    U("số liệu này lấy từ đâu", "about"),
    U("where does the data come from", "about"),
    U("Who signed the plan?", "about"),
    # ---------------------------------------------------------------- followup
    U("còn huyện Bắc Sơn thì sao?", "followup", ("185",)),
    U("con xa long dong thi sao", "followup", ("06328",)),
    U("thế còn tc 7?", "followup", criterion=7),
    U("còn Văn Quan?", "followup", ("184",)),
    U("thế còn Tràng Định", "followup", ("180",)),
    U("con khanh xuan", "followup", ("06544",)),
    U("còn Mẫu Sơn thì sao", "followup", ("06238", "06532")),
    U("thế còn xã Tân Văn?", "followup", ("06121",)),
    U("còn tiêu chí giao thông thì sao", "followup", criterion=2),
    U("con tc 15", "followup", criterion=15),
    U("còn nâng cao thì sao", "followup", cset="nang_cao"),
    U("thế còn toàn tỉnh?", "followup", ("20",)),
    U("con tp lang son thi sao", "followup", ("178",)),
    U("còn Hồng Phong Cao Lộc?", "followup", ("06205",)),
    U("the con h. huu lung", "followup", ("186",)),
    U("tiêu chí ấy ở Cao Lộc", "followup", ("183",)),
    U("còn nâng cao?", "followup", cset="nang_cao"),
    U("vay con huyen dinh lap", "followup", ("189",)),
    U("what about Bac Son", "followup", ("185",)),
    U("ở Lộc Bình", "followup", ("188",)),
    # ---------------------------------------------------------------- unknown
    U("thời tiết hôm nay thế nào", "unknown"),
    U("asdfgh", "unknown"),
    U("😀😀😀", "unknown"),
    U("giá lúa hôm nay bao nhiêu", "unknown"),
    U("xo so mien bac hom nay", "unknown"),
    U("1234", "unknown"),
    U("đặt vé xe đi Hà Nội", "unknown"),
    U("?", "unknown"),
    U("tỷ số bóng đá tối qua", "unknown"),
)
