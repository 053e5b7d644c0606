"""A job in a forked child: its value comes back, its failure is named, and it can run inline."""
from __future__ import annotations

import os

import pytest

from briefing import background
from briefing.errors import BriefingError

pytestmark = pytest.mark.skipif(not background.can_fork(), reason="needs fork")


def _pid_and_sum(numbers: list[int]) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def _fails() -> None:
    raise ValueError("the disk is full")


def _dies() -> None:
    os._exit(3)


def test_a_forked_job_returns_its_value_from_another_process():
    pid, total = background.start(_pid_and_sum, [1, 2, 3]).result()
    assert total == 6 and pid != os.getpid()


def test_an_inline_job_runs_here_and_now():
    job = background.start(_pid_and_sum, [4], parallel=False)
    assert job.result() == (os.getpid(), 4)


@pytest.mark.parametrize("job, message", [(_fails, "ValueError: the disk is full"), (_dies, "exit code 3")])
def test_a_failed_or_dead_job_is_a_named_error(job, message):
    with pytest.raises(BriefingError, match=message):
        background.start(job).result()


def test_an_inline_failure_is_raised_at_once():
    with pytest.raises(ValueError):
        background.start(_fails, parallel=False)


def test_a_cancelled_job_is_stopped():
    import time

    job = background.start(time.sleep, 30)
    job.cancel()
    assert not job._process.is_alive()
