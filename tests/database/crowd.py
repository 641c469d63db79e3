"""Simulated teachers and course staff using the served demo at once, for the load and fault tests.

Each teacher keeps the state the block last answered with and picks what a teacher in
that state would do next: find or start a group, join it, plan and log meetings,
confirm attendance, share and mark adaptations, check in, now and then leave. Staff
look at the dashboard and export. Every request is timed and its answer kept.
"""

import random
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

import requests

CITIES = ["Zagreb", "Split", "Berlin", "Köln", "València", "Porto", "Cluj", "Utrecht", "Mosta", "Roma"]
ADAPTATION = {
    "title": "Exit tickets",
    "body": "Three questions.",
    "subject": "Maths",
    "isced_level": 1,
    "language": "hr",
}


@dataclass(frozen=True)
class Call:
    handler: str
    status: int
    seconds: float
    error: str
    json: bool
    saved: bool | None  # a 503 that says the change was saved all the same (None: it may have been)
    at: float


class Crowd:
    def __init__(self, base_url, usage_id, students):
        self.base_url, self.usage_id = base_url, usage_id
        self.people = [
            Staff(self, name) if name == "staff" else Teacher(self, name, n % 5 == 0) for n, name in enumerate(students)
        ]
        self.calls, self.codes, self.group_ids = [], [], []
        self.succeeded, self.unsure = Counter(), Counter()
        self.lock = threading.Lock()

    def arrive(self):
        """Everyone opens the unit (the page sets the CSRF cookie) and reads their state."""
        for person in self.people:
            person.arrive()

    def run(self, seconds, threads=24, handlers_only=False):
        """Everyone acts, ``threads`` people at a time, for ``seconds``."""
        deadline = time.monotonic() + seconds
        waiting = list(self.people)
        random.shuffle(waiting)
        free = threading.Condition()

        def worker():
            while time.monotonic() < deadline:
                with free:
                    while not waiting:
                        free.wait()
                    person = waiting.pop(0)
                try:
                    person.step()
                finally:
                    with free:
                        waiting.append(person)
                        free.notify()

        workers = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join(timeout=seconds + 120)

    def record(self, call, succeeded, unsure=False):
        with self.lock:
            self.calls.append(call)
            if succeeded:
                self.succeeded[call.handler] += 1
            if unsure:
                self.unsure[call.handler] += 1

    def summary(self):
        seconds = sorted(call.seconds for call in self.calls)
        return {
            "requests": len(self.calls),
            "p50 ms": round(statistics.median(seconds) * 1000),
            "p95 ms": round(seconds[int(len(seconds) * 0.95)] * 1000),
            "statuses": dict(sorted(Counter(call.status for call in self.calls).items())),
            "refusals": dict(Counter(call.error for call in self.calls if call.error).most_common()),
            "503s that saved": sum(1 for call in self.calls if call.saved),
            "503s that perhaps saved": sum(self.unsure.values()),
        }


class Person:
    def __init__(self, crowd, name):
        self.crowd, self.name = crowd, name
        self.http = requests.Session()
        self.state = None

    def arrive(self):
        page = self.http.get(f"{self.crowd.base_url}/scenario/studygroup.0/?student={self.name}", timeout=60)
        page.raise_for_status()
        self.state = self.call("student_view_user_state", {})

    def call(self, handler, payload, method="POST"):
        """Send a request as the page does; the JSON answer if it succeeded, else None (kept either way)."""
        url = f"{self.crowd.base_url}/handler/{self.crowd.usage_id}/{handler}/?student={self.name}"
        headers = {"X-CSRFToken": self.http.cookies.get("csrftoken", "")}
        started = time.monotonic()
        try:
            if method == "GET":
                response = self.http.get(url, params=payload, timeout=120)
            else:
                response = self.http.post(url, json=payload, headers=headers, timeout=120)
        except requests.RequestException as error:
            failure = Call(handler, 0, time.monotonic() - started, type(error).__name__, False, False, started)
            self.crowd.record(failure, False)
            return None
        is_json = response.headers.get("Content-Type", "").startswith("application/json")
        refusal = response.json() if is_json and response.status_code >= 400 else {}
        ok = response.status_code == 200
        call = Call(
            handler,
            response.status_code,
            time.monotonic() - started,
            refusal.get("error", ""),
            is_json,
            refusal.get("saved", False),
            started,
        )
        self.crowd.record(call, ok or call.saved, unsure=call.saved is None)
        return (response.json() if is_json else response.text) if ok else None


class Teacher(Person):
    def __init__(self, crowd, name, founder):
        super().__init__(crowd, name)
        self.founder = founder

    def step(self):
        group = (self.state or {}).get("group")
        action = self.find_a_group if group is None else random.choice(self.in_a_group())
        answer = action()
        if isinstance(answer, dict) and "role" in answer:  # a learner state (adaptations have a "group" too)
            self.state = answer

    def find_a_group(self):
        if self.founder and random.random() < 0.5:
            fields = {
                "school_name": f"Škola {self.name}",
                "city": random.choice(CITIES),
                "country": "HR",
                "language": "hr",
                "is_open": random.random() < 0.7,
            }
            state = self.call("create_group", {"group": fields, "allow_duplicate": True})
            if state:
                with self.crowd.lock:
                    self.crowd.codes.append(state["group"]["join_code"])
                    self.crowd.group_ids.append(state["group"]["summary"]["id"])
            return state
        if self.crowd.codes and random.random() < 0.4:
            return self.call("join_by_code", {"code": random.choice(self.crowd.codes)})
        found = self.call("search_groups", {"q": random.choice(CITIES)})
        candidates = [group for group in (found or {}).get("results", []) if group["is_open"] and not group["is_full"]]
        return self.call("join_group", {"group_id": random.choice(candidates)["id"]}) if candidates else None

    def in_a_group(self):
        return [
            self.plan,
            self.log,
            self.log,
            self.confirm,
            self.share,
            self.mark_useful,
            self.check_in,
            lambda: self.call("meeting_history", {"page": 1}, method="GET"),
            lambda: self.call("student_view_user_state", {}, method="GET"),
            self.maybe_leave,
        ]

    def plan(self):
        meeting = {"date": "2030-01-15", "time": "15:00", "time_zone": "UTC", "duration_minutes": 60, "mode": "online"}
        return self.call("plan_meeting", {"meeting": meeting})

    def log(self):
        members = [member["learner_id"] for member in self.state["group"]["members"]]
        planned = self.state.get("next_meeting")
        meeting = {
            "date": f"{datetime.now(UTC):%Y-%m-%d}",
            "time": "00:00",
            "time_zone": "UTC",
            "duration_minutes": 45,
            "mode": "in_person",
            "attendees": random.sample(members, k=random.randint(1, len(members))),
            "topics": "Unit 1",
        }
        payload = {"meeting": meeting}
        if planned and random.random() < 0.7:
            payload["planned_meeting_id"] = planned["id"]
        return self.call("log_meeting", payload)

    def confirm(self):
        meetings = (self.state.get("meetings") or {}).get("meetings", [])
        unconfirmed = [meeting["id"] for meeting in meetings if meeting["can_confirm"]]
        return self.call("confirm_attendance", {"meeting_id": unconfirmed[0]}) if unconfirmed else None

    def share(self):
        return self.call("share_adaptation", {"adaptation": {**ADAPTATION, "course_wide": random.random() < 0.8}})

    def mark_useful(self):
        shown = self.call("unit_adaptations", {}, method="GET")
        markable = [item for item in ((shown or {}).get("gallery") or {}).get("adaptations", []) if item["can_mark"]]
        if markable:
            item = random.choice(markable)
            self.call("mark_useful", {"adaptation_id": item["id"], "useful": not item["marked_useful"]})

    def check_in(self):
        return self.call("check_in", {"done": not self.state.get("checked_in")})

    def maybe_leave(self):
        return self.call("leave_group", {}) if random.random() < 0.2 else None


class Staff(Person):
    def step(self):
        kind = random.choice(["groups", "memberships", "meetings", "adaptations"])
        action = random.choice(
            [
                lambda: self.call("export_csv", {"kind": kind}, method="GET"),
                lambda: self.call("staff_dashboard", {"sort": "-meetings"}, method="GET"),
                lambda: self.call("group_record", {"group_id": random.choice(self.crowd.group_ids or [1])}, "GET"),
            ]
        )
        action()
