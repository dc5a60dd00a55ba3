-- People in time: a person moved from a unit that ceased to the unit it became (users remap),
-- kept as a log; and reviewers assigned per xã (without districts, a xã's reports go to the
-- province coordinators unless the province assigns reviewers to it).
CREATE TABLE person_unit_change (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    old_unit  TEXT NOT NULL REFERENCES unit (code),
    new_unit  TEXT NOT NULL REFERENCES unit (code),
    at        TEXT NOT NULL,
    reason    TEXT NOT NULL
);
CREATE INDEX person_unit_change_person ON person_unit_change (person_id, at);

CREATE TABLE reviewer_assignment (
    unit_code   TEXT NOT NULL REFERENCES unit (code),
    person_id   INTEGER NOT NULL REFERENCES person (id),
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (unit_code, person_id)
);
CREATE INDEX reviewer_assignment_person ON reviewer_assignment (person_id);
