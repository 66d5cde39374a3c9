-- The reception card ЛП-1 (002 Appendix 2-1; RR-4, RR-18), the record of the reception itself (rules-000 §4.5),
-- the appeal registered from it (R-51), per-device number sequences and local drafts.

CREATE TABLE reception_card (
    {{SYNCED}},
    number TEXT NOT NULL UNIQUE,
    organisation_code TEXT NOT NULL,
    queue_number TEXT,
    queued_on {{DATE}},
    out_of_schedule {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    online {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    legal_entity {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    resident {{BOOL}} NOT NULL DEFAULT {{TRUE}},
    sex TEXT,
    iin TEXT,
    no_iin {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    surname TEXT NOT NULL,
    given_name TEXT NOT NULL,
    patronymic TEXT,
    name_fold TEXT NOT NULL,
    occupation TEXT,
    nationality_code TEXT,
    citizenship_code TEXT,
    birth_date {{DATE}},
    age_group_code TEXT,
    social_status_code TEXT,
    registered_address TEXT,
    registered_kato TEXT,
    actual_address TEXT,
    actual_kato TEXT,
    home_phone TEXT,
    mobile_phone TEXT,
    topic_code TEXT,
    presiding_user_id {{UUID}},
    presiding_name TEXT,
    decision_code TEXT,
    reception_date {{DATE}} NOT NULL,
    reception_time TEXT NOT NULL,
    place_kato TEXT NOT NULL,
    place_addressee TEXT NOT NULL,
    applicant_comment TEXT,
    official_user_id {{UUID}},
    official_name TEXT,
    secretary TEXT,
    present TEXT,
    protocol_language TEXT,
    comment TEXT,
    not_held_reason TEXT,
    reception_language TEXT,
    identity_document TEXT,
    representative {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    representative_authority TEXT,
    interpreter TEXT,
    videoconference_consent {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    recording_notified {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    oral_appeal TEXT,
    oral_answer_given {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    oral_answer TEXT,
    requirements_explained {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    staff_invited TEXT,
    written_appeal_accepted {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    linked_cards TEXT,
    recorded_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX reception_card_date ON reception_card (reception_date, number);
CREATE INDEX reception_card_iin ON reception_card (iin);
CREATE INDEX reception_card_name ON reception_card (name_fold);
CREATE INDEX reception_card_organisation ON reception_card (organisation_code, reception_date);

-- A written appeal accepted at a reception, registered with the mark "с личного приема" (R-51). The appeals
-- issue builds the rest of its life on this row.
CREATE TABLE appeal (
    {{SYNCED}},
    number TEXT NOT NULL UNIQUE,
    organisation_code TEXT NOT NULL,
    registered_on {{DATE}} NOT NULL,
    from_reception {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    reception_card_id {{UUID}} REFERENCES reception_card (id),
    applicant_name TEXT NOT NULL,
    applicant_iin TEXT,
    essence TEXT,
    language TEXT
);
CREATE INDEX appeal_card ON appeal (reception_card_id);

-- Human-facing numbers: organisation + year + device + sequence, unique without a server. Local, never synced.
CREATE TABLE number_sequence (
    kind TEXT NOT NULL,
    organisation_code TEXT NOT NULL,
    device TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (kind, organisation_code, device, year)
);

-- A half-filled card, saved as it is typed so that a crash loses nothing. Local, never synced.
CREATE TABLE card_draft (
    draft_key TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    saved_at {{TIMESTAMP}} NOT NULL,
    payload TEXT NOT NULL
);
