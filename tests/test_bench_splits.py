"""The benchmark's splits keep their roles apart: defaults are chosen on tuning splits whose
held-out rows no report split ever holds out, and the report splits stay the ones the README's
figures were measured on."""

from __future__ import annotations

import hashlib

import pytest

from bench.tasks import REPORT_SEEDS, TASKS, TUNING_SEEDS

CLASSIFICATION = [t for t in TASKS.values() if t.test_file is not None]


def _available(task) -> bool:
    return task.train_file.exists() and task.test_file.exists()


@pytest.mark.parametrize("task", CLASSIFICATION, ids=lambda t: t.id)
def test_tuning_held_out_rows_are_never_reported(task) -> None:
    if not _available(task):
        pytest.skip(f"{task.id}'s data is not on this machine")
    test = task._read(task.test_file)
    reported = {i for s in REPORT_SEEDS for i in task._report_rows(s, len(test))}
    # The same positions, found from the rows themselves: the report splits' held-out rows.
    by_text = {e.input for s in REPORT_SEEDS for e in task.split(s, "report").eval}
    assert {test[i].input for i in reported} == by_text
    unreported = set(task.unreported_rows())
    assert unreported and not unreported & reported
    for seed in TUNING_SEEDS[:2]:
        tuning = task.split(seed, "tuning")
        assert len(tuning.eval) == min(task.n_eval, len(unreported))
        assert len(tuning.train) == task.n_train
        # Every held-out row comes from the test file's unreported rows, never a reported one.
        assert {e.input for e in tuning.eval} <= {test[i].input for i in unreported}
        assert not {e.input for e in tuning.eval} & by_text - {test[i].input for i in unreported}


def test_report_splits_are_the_ones_the_readme_measured() -> None:
    """A fingerprint of GoEmotions' report split 0 (committed data): changing how splits are
    drawn would silently change what every reported figure means."""
    data = TASKS["goemotions"].split(0, "report")
    digest = hashlib.sha256("\n".join(e.input + "\t" + e.output for e in data.train + data.eval)
                            .encode()).hexdigest()[:16]
    assert digest == "8744d49b0cf758c2"


def test_unknown_role_is_refused() -> None:
    with pytest.raises(ValueError, match="role must be one of"):
        TASKS["goemotions"].split(0, "test")
