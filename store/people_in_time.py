"""People on today's units: move a person to the unit theirs became (logged), and reviewers
assigned per xã."""

from __future__ import annotations

from store.db import Database, transaction


async def active_people(db: Database) -> list[tuple[int, str, str, str]]:
    """Every person not revoked: (id, role, unit code, name)."""
    rows = await db.fetch_all(
        "SELECT id, role, unit_code, name FROM person WHERE revoked_at IS NULL ORDER BY id"
    )
    return [(int(i), str(r), str(u), str(n)) for i, r, u, n in rows]


async def move_people(
    db: Database, moves: list[tuple[int, str, str]], at: str, reason: str
) -> int:
    """Move each (person, old unit, new unit) in one transaction, logging each move."""
    async with transaction(db):
        for person_id, old, new in moves:
            await db.execute(
                "UPDATE person SET unit_code = ? WHERE id = ? AND unit_code = ?",
                (new, person_id, old),
            )
        await db.execute_many(
            "INSERT INTO person_unit_change (person_id, old_unit, new_unit, at, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            [(person_id, old, new, at, reason) for person_id, old, new in moves],
        )
    return len(moves)


async def assign_reviewer(db: Database, unit_code: str, person_id: int, at: str) -> bool:
    """Assign a reviewer to a xã; False when already assigned."""
    added = await db.execute(
        "INSERT INTO reviewer_assignment VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        (unit_code, person_id, at),
    )
    return added == 1


async def unassign_reviewer(db: Database, unit_code: str, person_id: int) -> bool:
    """Remove a reviewer from a xã; False when not assigned."""
    removed = await db.execute(
        "DELETE FROM reviewer_assignment WHERE unit_code = ? AND person_id = ?",
        (unit_code, person_id),
    )
    return removed == 1


async def assigned_reviewers(db: Database, unit_code: str) -> list[int]:
    """The active people assigned to review a xã's reports."""
    rows = await db.fetch_all(
        "SELECT a.person_id FROM reviewer_assignment a JOIN person p ON p.id = a.person_id"
        " WHERE a.unit_code = ? AND p.revoked_at IS NULL ORDER BY a.person_id",
        (unit_code,),
    )
    return [int(r[0]) for r in rows]


async def all_assignments(db: Database) -> list[tuple[str, int]]:
    """Every (xã, reviewer) assignment."""
    rows = await db.fetch_all(
        "SELECT unit_code, person_id FROM reviewer_assignment ORDER BY unit_code, person_id"
    )
    return [(str(u), int(p)) for u, p in rows]
