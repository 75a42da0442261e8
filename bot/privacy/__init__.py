"""Data-subject rights and retention: export, erase, purge; each one logged in privacy_audit.

audit.py      the append-only privacy audit log (subjects identified by a keyed hash)
subject.py    finding everything held about one person (by email and/or phone)
requests.py   subject-access export and erasure
retention.py  the purge job: contacts and conversations past their retention period
conversations.py  deleting tracker-store conversations (SQL or Redis)
"""
