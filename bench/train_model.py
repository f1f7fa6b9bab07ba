#!/usr/bin/env python3
"""Train the classifier's fallback model (native-host/src/classify/model.hpp) and measure it.

    bench/train_model.py --features-tool build-rel/bench/onward-model-features \\
        --write native-host/src/classify/model_weights.inc \\
        --write-labels native-host/src/classify/model_label_weights.inc \\
        tests/fixtures/classify/emails.jsonl tests/fixtures/classify/blind/*.jsonl

    bench/train_model.py --features-tool ... --cv 5 FILES...     # cross-validation by file
    bench/train_model.py --features-tool ... --held-out X.jsonl FILES...  # train on FILES, measure X

A logistic regression over hashed words and word pairs (the features the classifier computes, printed
by onward-model-features, so nothing here reimplements the classifier's cleaning or folding), trained
by plain stochastic gradient descent with a fixed seed and order: the same files give the same
weights. Only the standard library: no package to install, no download.

Measurements are of the classifier as it runs: the model is asked only where the rules said "other"
and nothing put the email outside a job search ("asked"), and turns it into a rejection at or above the
threshold. Never give it ../shared/corpus: that is measured, not trained on.

The label model (model.hpp, label_opinion) is a second table: a multinomial logistic regression (softmax
over the seven labels) trained the same way on the emails the rules read nothing in ("unsettled"), which
gives one of interview, offer, application_received, recruiter_outreach or job_alert at or above its own
threshold where the rules and the rejection model left "other".
"""
import argparse
import hashlib
import inspect
import json
import math
import os
import random
import subprocess
import sys
import tempfile

EPOCHS = 6
RATE = 0.2
L2 = 1e-4
MIN_WEIGHT = 0.1  # weights smaller than this are left out of the table (they change no decision)


def load(tool, files):
    """Per file, the questions onward-model-features prints (one run for all: the classifier's tables are
    built once)."""
    out = {f: [] for f in files}
    run = subprocess.run([tool] + list(files), capture_output=True, text=True, check=True)
    for line in run.stdout.splitlines():
        row = json.loads(line)
        out[row["file"]].append(row)
    return out


def taught(row):
    """Whether a row is among the model's lessons. Not someone else's story that is no rejection (a
    friend's letter, a post, a story of one's own no: "aside"): the model is never asked about such mail,
    and sets written to be full of it (friends telling their own noes in the words of chat) would teach
    it that chat speaks against a no, where employers who write so are the ones it is there for.
    Mailings and other worlds stay among the lessons although it is not asked about them either: without
    their thousands of noes-free emails its bias leans to rejection, and a short newsletter it is asked
    about reads as one."""
    return not (row.get("aside") and row["label"] != "rejection")


def train(rows):
    rows = [row for row in rows if taught(row)]
    weights, bias = {}, 0.0
    order = list(range(len(rows)))
    for epoch in range(EPOCHS):
        random.Random(epoch).shuffle(order)
        for i in order:
            row = rows[i]
            z = bias + sum(weights.get(h, 0.0) for h in row["f"])
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - (1.0 if row["label"] == "rejection" else 0.0)
            bias -= RATE * g
            for h in row["f"]:
                w = weights.get(h, 0.0)
                weights[h] = w - RATE * (g + L2 * w)
    return {h: w for h, w in weights.items() if abs(w) >= MIN_WEIGHT}, bias


# The labels in the order of classify::Label (classifier.hpp): a label's number in the table is its index.
LABELS = ["rejection", "interview", "offer", "application_received", "recruiter_outreach", "job_alert", "other"]
# What the label model may give: not a rejection (the rejection model's) nor "other" (the rules' already).
GIVEN = [LABELS.index(l) for l in ("interview", "offer", "application_received", "recruiter_outreach", "job_alert")]
LABEL_EPOCHS = 6
LABEL_RATE = 0.2
LABEL_MIN_WEIGHT = 0.2  # most features seen once train to about 0.17: left out, with the words of one email
LABEL_THRESHOLD = 0.9   # model.hpp's label_threshold (measured here at several)


def label_lessons(rows):
    """The label model learns from what it is asked about: the emails the rules read nothing in, less
    someone else's story."""
    return [row for row in rows if row.get("unsettled") and not row.get("aside")]


def train_labels(rows):
    rows = label_lessons(rows)
    k_count = len(LABELS)
    weights, bias = {}, [0.0] * k_count
    order = list(range(len(rows)))
    for epoch in range(LABEL_EPOCHS):
        random.Random(epoch).shuffle(order)
        for i in order:
            row = rows[i]
            z = bias[:]
            found = [weights.get(h) for h in row["f"]]
            for w in found:
                if w is not None:
                    for k in range(k_count):
                        z[k] += w[k]
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            g = [v / total for v in e]
            g[LABELS.index(row["label"])] -= 1.0
            for k in range(k_count):
                bias[k] -= LABEL_RATE * g[k]
            for h, w in zip(row["f"], found):
                if w is None:
                    w = weights[h] = [0.0] * k_count
                for k in range(k_count):
                    w[k] -= LABEL_RATE * (g[k] + L2 * w[k])
    kept = {(h, k): w[k] for h, w in weights.items() for k in range(k_count) if abs(w[k]) >= LABEL_MIN_WEIGHT}
    return kept, bias


def label_opinion(model, row):
    """(label, probability) as model.cpp's label_opinion() gives it."""
    weights, bias = model
    z = bias[:]
    for h in row["f"]:
        for k in range(len(LABELS)):
            z[k] += weights.get((h, k), 0.0)
    best = max(GIVEN, key=lambda k: (z[k], -k))
    top = max(z)
    return LABELS[best], math.exp(z[best] - top) / sum(math.exp(v - top) for v in z)


def measure_labels(model, rows, thresholds):
    """What the label model turns where it is asked (unsettled: the rules' "other"; a rejection the rejection
    model would turn first is counted here too, among the wrong where it is another label's), per threshold:
    (right, wrong where the email is other, wrong where it is another label's)."""
    result = {}
    opinions = [(row, label_opinion(model, row)) for row in rows if row.get("unsettled") and row["rules"] == "other"]
    for t in thresholds:
        right = wrong_other = wrong_else = 0
        for row, (label, p) in opinions:
            if p < t:
                continue
            if label == row["label"]:
                right += 1
            elif row["label"] == "other":
                wrong_other += 1
            else:
                wrong_else += 1
        result[t] = (right, wrong_other, wrong_else)
    return result


def report_labels(title, result):
    for t, (right, wrong_other, wrong_else) in result.items():
        print(f"{title}: label model at {t:.2f}: turned {right + wrong_other + wrong_else}: right {right}, "
              f"wrong {wrong_other} of them other's, {wrong_else} of them another label's (labels {right - wrong_other:+d})")


def probability(model, row):
    weights, bias = model
    z = bias + sum(weights.get(h, 0.0) for h in row["f"])
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def measure(model, rows, thresholds):
    """Rejection precision and recall of the rules alone, then with the model at each threshold."""
    result = {}
    for t in [None] + thresholds:
        tp = fp = fn = flipped = interviews = 0
        for row in rows:
            label = row["rules"]
            if t is not None and row["asked"] and probability(model, row) >= t:
                label, flipped = "rejection", flipped + 1
                interviews += row["label"] == "interview"
            expected = row["label"] == "rejection"
            if label == "rejection" and expected:
                tp += 1
            elif label == "rejection":
                fp += 1
            elif expected:
                fn += 1
        result[t] = (tp, fp, fn, flipped, interviews)
    return result


def report(title, result):
    for t, (tp, fp, fn, flipped, interviews) in result.items():
        name = "rules alone" if t is None else f"model at {t:.2f}"
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{title}: {name:>12}: precision {precision:.4f} recall {recall:.4f} "
              f"(rejections found {tp}, false {fp}, missed {fn}; model turned {flipped}, {interviews} of them interviews)")


def label_inputs_digest(rows):
    """The label model's inputs: its lessons, its training code and its constants (as inputs_digest)."""
    h = hashlib.sha256()
    h.update(inspect.getsource(train_labels).encode())
    h.update(inspect.getsource(label_lessons).encode())
    h.update(repr((LABELS, LABEL_EPOCHS, LABEL_RATE, L2, LABEL_MIN_WEIGHT)).encode())
    for row in label_lessons(rows):
        h.update(json.dumps([row["label"], row["f"]], separators=(",", ":")).encode())
        h.update(b"\n")
    return h.hexdigest()


def inputs_digest(rows):
    """What the weights are a function of: the rows trained on (features and labels, in training order),
    the training code and its constants. Training is deterministic, so equal digests mean equal weights:
    the test compares this instead of training again (a minute on the CI machine)."""
    h = hashlib.sha256()
    h.update(inspect.getsource(train).encode())
    h.update(repr((EPOCHS, RATE, L2, MIN_WEIGHT)).encode())
    for row in rows:
        h.update(json.dumps([row["label"], row["f"]], separators=(",", ":")).encode())
        h.update(b"\n")
    return h.hexdigest()


def table_digest(text):
    """The digest of a weights table's lines after its header: a table edited by hand fails the test."""
    return hashlib.sha256(text.split("\n", 3)[3].encode()).hexdigest()


def header(path):
    """(inputs digest, table digest) as the header of a weights table records them, and the digest of the
    table as it stands; None where the header has no digests."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    first = text.split("\n", 3)
    if len(first) < 4 or not first[2].startswith("// inputs sha256 "):
        return None
    words = first[2].split()  # // inputs sha256 X table sha256 Y
    return words[3], words[6], table_digest(text)


def write_table(path, digest, description, declarations, entries):
    """A weights table as model.cpp includes it: three header lines (what wrote it, what it holds, the digests
    the test compares), then its declarations and entries, four a line."""
    lines = ["// Written by bench/train_model.py from the own fixtures and the blind sets: do not edit.",
             f"// {description}",
             "// inputs sha256 {} table sha256 {}"] + declarations
    for k in range(0, len(entries), 4):
        lines.append("    " + ", ".join(entries[k:k + 4]) + ",")
    lines.append("};")
    text = "\n".join(lines) + "\n"
    text = text.replace("{} table sha256 {}", f"{digest} table sha256 {table_digest(text)}", 1)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def write(model, path, digest):
    weights, bias = model
    write_table(path, digest, f"{len(weights)} weights (|w| >= {MIN_WEIGHT}), {EPOCHS} epochs, rate {RATE}, L2 {L2}.",
                [f"inline constexpr double bias = {bias:.6f};", "inline constexpr Weight weights[] = {"],
                [f"{{0x{h:08x}u, {w:.5f}f}}" for h, w in sorted(weights.items())])
    print(f"wrote {path}: {len(weights)} weights, bias {bias:.4f}")


def write_labels(model, path, digest):
    weights, bias = model
    write_table(path, digest,
                f"The label model: {len(weights)} weights (|w| >= {LABEL_MIN_WEIGHT}), {LABEL_EPOCHS} epochs, rate {LABEL_RATE}, L2 {L2}.",
                ["inline constexpr double label_bias[] = {" + ", ".join(f"{b:.6f}" for b in bias) + "};",
                 "inline constexpr LabelWeight label_weights[] = {"],
                [f"{{0x{h:08x}u, {k}, {w:.5f}f}}" for (h, k), w in sorted(weights.items())])
    print(f"wrote {path}: {len(weights)} weights")


def check_table(path, digest):
    found = header(path)
    if found is None or found[0] != digest or found[1] != found[2]:
        sys.exit(f"train_model.py: {path} is not what the labelled files in the tree train "
                 f"({'no digests in its header' if found is None else 'the table was edited' if found[1] != found[2] else 'the inputs changed'}): "
                 "retrain it with bench/train_model.py --write and --write-labels (docs/classifier.md, The fallback model)")
    print(f"{path} is current (inputs sha256 {digest[:16]}...)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", help="labelled JSON-lines files to train on")
    parser.add_argument("--features-tool", required=True, help="path to onward-model-features")
    parser.add_argument("--write", help="write the weights table here")
    parser.add_argument("--check", help="fail unless this weights table was trained on these files as they are (a test: "
                        "compares the digests in its header, without training)")
    parser.add_argument("--check-by-training", help="the same, by training again and comparing the tables")
    parser.add_argument("--write-labels", help="write the label model's table here")
    parser.add_argument("--check-labels", help="fail unless this label table was trained on these files as they are")
    parser.add_argument("--cv", type=int, default=0, help="cross-validate over this many folds of the blind sets")
    parser.add_argument("--held-out", nargs="*", default=[], help="files to measure, never trained on")
    parser.add_argument("--thresholds", default="0.8,0.9,0.95")
    args = parser.parse_args()
    if any("shared/corpus" in os.path.abspath(f) for f in args.files):
        sys.exit("train_model.py: the shared corpus is measured, never trained on")
    thresholds = [float(t) for t in args.thresholds.split(",")]
    args.files = sorted(set(args.files))  # the same weights whatever order a shell or CMake lists them in
    data = load(args.features_tool, args.files + args.held_out)
    training = [row for f in args.files for row in data[f]]

    if args.cv:
        # Folds over the blind sets (files under blind/), the own fixtures always in training: each
        # blind set is measured by a model that never saw it.
        blind = [f for f in args.files if "/blind/" in f]
        fixed = [f for f in args.files if f not in blind]

        def cross_validate(train_one, measure_one, at):
            """Per threshold, the sums over the folds of what measure_one counts."""
            total = None
            for k in range(args.cv):
                test = blind[k::args.cv]
                model = train_one([row for f in fixed + [b for b in blind if b not in test] for row in data[f]])
                result = measure_one(model, [row for f in test for row in data[f]], at)
                total = result if total is None else {t: tuple(a + b for a, b in zip(total[t], result[t])) for t in result}
            return total

        title = f"cross-validation ({args.cv} folds over {len(blind)} blind sets)"
        report(title, cross_validate(train, measure, thresholds))
        report_labels(title, cross_validate(train_labels, measure_labels, sorted(set([0.7, 0.8, LABEL_THRESHOLD, 0.95]))))

    digest = inputs_digest(training)
    label_digest = label_inputs_digest(training)
    if args.check or args.check_labels:
        if args.check:
            check_table(args.check, digest)
        if args.check_labels:
            check_table(args.check_labels, label_digest)
        if not (args.write or args.write_labels or args.check_by_training or args.held_out or args.cv):
            return

    if args.write_labels or args.held_out:
        label_model = train_labels(training)
        for f in args.held_out:
            report_labels(os.path.basename(f) + " (held out)", measure_labels(label_model, data[f], sorted(set([0.8, LABEL_THRESHOLD, 0.95]))))
        if args.write_labels:
            write_labels(label_model, args.write_labels, label_digest)
    if not (args.write or args.check_by_training or args.held_out):
        return
    model = train(training)
    for f in args.held_out:
        report(os.path.basename(f) + " (held out)", measure(model, data[f], thresholds))
    if args.write:
        write(model, args.write, digest)
    if args.check_by_training:
        with tempfile.TemporaryDirectory() as scratch:
            fresh = os.path.join(scratch, "model_weights.inc")
            write(model, fresh, digest)
            same = open(fresh, encoding="utf-8").read() == open(args.check_by_training, encoding="utf-8").read()
        if not same:
            sys.exit(f"train_model.py: {args.check_by_training} is not what the labelled files in the tree train: "
                     "retrain it with bench/train_model.py --write (docs/classifier.md, The fallback model)")
        print(f"{args.check_by_training} is current (trained again)")


if __name__ == "__main__":
    main()
