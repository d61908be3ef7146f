"""Crash-harness child: a fork server whose forked savers write answers until the test SIGKILLs them.

Python starts once; each saver is a fork, so hundreds of kills fit in seconds. Protocol on stdin/stdout:
``go <seq>`` -> ``pid <n>``, then the saver prints ``saved <seq>`` after each save_answer returned; when the
saver is dead the server prints ``reaped``. Only the storage layer is imported (no Qt, no reportlab).
"""

import os
import sys

from maturity_app.domain.assessment import Answer
from maturity_app.storage.database import open_database
from maturity_app.storage.store import AssessmentStore


def saver(db_path: str, assessment_id: int, question_ids: list[str], seq: int) -> None:
    db = open_database(db_path, lock=True)
    store = AssessmentStore(db)
    while True:
        question_id = question_ids[seq % len(question_ids)]
        store.save_answer(
            assessment_id,
            Answer(question_id, compliance=seq % 5, capability=(seq // 5) % 5, evidence_note=f"save {seq}"),
        )
        os.write(1, f"saved {seq}\n".encode())  # unbuffered: the parent learns at once that this save returned
        seq += 1


def main() -> None:
    db_path, assessment_id, question_ids = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                saver(db_path, assessment_id, question_ids, int(arg))
            finally:
                os._exit(3)
        os.write(1, f"pid {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, b"reaped\n")


if __name__ == "__main__":
    main()
