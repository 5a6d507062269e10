#!/usr/bin/env python3
"""Writes a GoPrep export (JSON) of a learner a month into their preparation, for screenshots and demos.

    tools/demo-data.py QUESTION_IDS_FILE OUT.json [--seed N]

QUESTION_IDS_FILE: the output of `goprep --list` (section, id, title per line). The history is made up
but plausible: about two thirds of the questions started on different days over the last four weeks,
each reviewed again at growing intervals, mostly "Good" with some "Hard" and "Again"; a few weak marks
and bookmarks; an interview twelve days from today at 90 % target recall. Import it with
`goprep --data-dir DIR --import OUT.json`.
"""
import datetime as dt
import json
import random
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    rng = random.Random(seed)
    ids = [line.split("\t")[1] for line in open(sys.argv[1], encoding="utf-8") if line.count("\t") >= 2]
    if not ids:
        sys.exit(f"{sys.argv[1]}: no question ids (expected the output of goprep --list)")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    started = ids[: int(len(ids) * 0.65)]
    reviews, flags = [], []
    for qid in started:
        day = -rng.randint(2, 28)
        interval = 1
        while day < 0:
            when = now + dt.timedelta(days=day, hours=rng.randint(-3, 3), minutes=rng.randint(0, 59))
            rating = rng.choices([1, 2, 3, 4], weights=[12, 18, 55, 15])[0]
            mode = "drill" if rng.random() < 0.2 else "review"
            reviews.append({"question": qid, "rating": rating, "reviewed": when.isoformat().replace("+00:00", "Z"),
                            "durationMs": rng.randint(20, 150) * 1000, "mode": mode})
            if rating == 1:
                flags.append({"question": qid, "flag": "weak", "set": when.isoformat().replace("+00:00", "Z")})
                interval = 1
            else:
                interval = max(1, round(interval * {2: 1.6, 3: 2.6, 4: 3.5}[rating]))
            day += interval
    for qid in rng.sample(started, 4):
        flags.append({"question": qid, "flag": "bookmark", "set": now.isoformat().replace("+00:00", "Z")})
    reviews.sort(key=lambda r: r["reviewed"])
    # Notes on some of the weak topics, as a learner writes them.
    texts = ["Lead with the one-line answer, then **one** example. I mixed up the edge case in the last drill.",
             "Say it in three steps: what it is, when to use it, the trap. Practise out loud.",
             "Draw it on the whiteboard first; the `nil` case is the follow-up they always ask."]
    weak = list(dict.fromkeys(f["question"] for f in flags if f["flag"] == "weak"))
    stamp = now.isoformat().replace("+00:00", "Z")
    notes = [{"question": qid, "text": text, "answerHash": "", "created": stamp, "updated": stamp}
             for qid, text in zip(weak, texts)]
    interview = (now.astimezone().date() + dt.timedelta(days=12)).isoformat()
    document = {
        "format": "goprep-user-data",
        "version": 1,
        "exported": now.isoformat().replace("+00:00", "Z"),
        "application": "tools/demo-data.py",
        "notes": notes,
        "flags": flags,
        "reviews": reviews,
        "preferences": {"interviewDate": interview, "targetRetention": "0.9"},
    }
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(document, out, indent=1)
    print(f"{sys.argv[2]}: {len(reviews)} reviews of {len(started)} questions, interview on {interview}")


if __name__ == "__main__":
    main()
