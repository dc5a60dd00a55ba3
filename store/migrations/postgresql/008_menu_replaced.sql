-- PostgreSQL version of ../008_menu_replaced.sql.
-- Whether a chat's numbered menu was pushed by the bot (a review card, a reminder) over another,
-- different menu: a number typed moments later may be meant for the one it replaced, and is
-- asked again (bot/menu.py).
ALTER TABLE chat_menu ADD COLUMN replaced INTEGER NOT NULL DEFAULT 0;
