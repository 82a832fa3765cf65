#!/usr/bin/env python3
"""Python reference for `outsource check DIR`'s shape: parse the questionnaires
and every brief with tomllib (once each), score each brief (weighted mean of the
answers' scores per question, 0 to 100, and the answered share of the weights),
and print one line per brief in sorted path order. A lower bound of the real work
(no findings, waivers, conditions or diagnostics): a fair reference for speed.

Usage: bench/check_python.py QUESTIONNAIRES_DIR BRIEFS_DIR
"""

import os
import sys
import tomllib


def answer_score(question, answer):
    """The answer's score in [0, 1], or None when it does not count."""
    if isinstance(answer, dict):
        if "not-applicable" in answer:
            return None
        answer = answer.get("value")
    kind = question.get("kind")
    options = {o["id"]: o.get("score", 0.0) for o in question.get("option", [])}
    if isinstance(answer, bool):
        return 1.0 if answer else 0.0
    if isinstance(answer, (int, float)):
        low, high = question.get("min", 0), question.get("max", 1)
        if kind == "scale" and high > low:
            return min(1.0, max(0.0, (answer - low) / (high - low)))
        return 1.0 if answer else 0.0
    if isinstance(answer, str):
        return options.get(answer, 0.0) if options else 1.0
    if isinstance(answer, list):
        scores = [options.get(a, 0.0) for a in answer]
        return sum(scores) / len(scores) if scores else 0.0
    return None


def main():
    questionnaires = {}
    qdir = sys.argv[1]
    for name in sorted(os.listdir(qdir)):
        with open(os.path.join(qdir, name), "rb") as f:
            q = tomllib.load(f)
        questionnaires[q["id"]] = {question["id"]: question for question in q.get("question", [])}
    paths = []
    for folder, _, files in os.walk(sys.argv[2]):
        paths.extend(os.path.join(folder, name) for name in files if name.endswith(".toml"))
    out = []
    for path in sorted(paths):
        with open(path, "rb") as f:
            brief = tomllib.load(f)
        total = answered = weighted = 0.0
        for qid in brief.get("project", {}).get("questionnaires", []):
            answers = brief.get("answers", {}).get(qid, {})
            for question_id, question in questionnaires.get(qid, {}).items():
                weight = float(question.get("weight", 1))
                total += weight
                if question_id in answers:
                    score = answer_score(question, answers[question_id])
                    if score is not None:
                        answered += weight
                        weighted += weight * score
        score = 100.0 * weighted / answered if answered else float("nan")
        coverage = answered / total if total else 0.0
        out.append(f"{path}: score {score:.1f}/100, coverage {coverage:.0%}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
