"""The proof (`generator/format/proof`) says "black would return this unchanged" only when black
does: checked with black itself on every block of the committed packages and of whole products,
on mutations of them, on random modules and on lines at the edge of the width.

The one property everywhere: `proven(text)` implies `black.format_str(text) == text`. Where
the generator's own output is concerned, the proof must also cover it (else black runs, which
is only slower): every committed block is proven.
"""

from __future__ import annotations

import ast
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import black
import pytest
from black.parsing import InvalidInput
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.format import workers
from generator.format.blocks import split_blocks
from generator.format.formatter import Formatter
from generator.format.proof import proven
from generator.format.proof.strings import string_is_normal
from generator.format.workers import _mode
from generator.importer import import_product
from generator.plan.package import plan_service
from generator.render import render
from generator.spec.validate import load_specs

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "specs" / "vendor"
MODE = _mode()


def black_keeps(text: str) -> bool:
    try:
        return bool(black.format_str(text, mode=MODE) == text)
    except InvalidInput:
        return False


def unsound(texts: list[str]) -> list[str]:
    """The texts the proof vouches for and black changes (there must be none)."""
    return [text for text in texts if proven(text) and not black_keeps(text)]


def blocks_of(specs: Path) -> Iterator[tuple[str, str]]:
    """(label, text handed to the formatter) of every block the specs generate."""
    for service in load_specs(specs):
        for planned in plan_service(service):
            if planned.python:
                for number, block in enumerate(split_blocks(render(planned)), 1):
                    yield f"{planned.path} (block {number})", block.black_input


@pytest.fixture(scope="module")
def committed_blocks() -> list[tuple[str, str]]:
    return list(blocks_of(ROOT / "specs"))


def test_every_block_of_the_committed_packages_is_proven_and_black_agrees(
    committed_blocks: list[tuple[str, str]],
) -> None:
    unproven = [label for label, text in committed_blocks if not proven(text)]
    changed = [label for label, text in committed_blocks if not black_keeps(text)]
    assert changed == []
    assert unproven == [], (
        "the proof does not cover these blocks, so black formats them on every cold run: "
        "extend generator/format/proof to the construct, or accept black's cost"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "product", sorted(path.stem for path in VENDOR.glob("*-*.json"))
)
def test_the_proof_holds_on_whole_products(product: str, tmp_path: Path) -> None:
    overlay = ROOT / "specs" / "overlays" / f"{product}.yaml"
    specs = tmp_path / "specs"
    import_product(
        VENDOR / f"{product}.json",
        specs / product,
        overlay=overlay if overlay.is_file() else None,
    )
    blocks = list(blocks_of(specs))
    wrong = [label for label, text in blocks if proven(text) and not black_keeps(text)]
    assert wrong == []
    unproven = [label for label, text in blocks if not proven(text)]
    assert len(unproven) <= len(blocks) // 20, unproven  # the fast path covers 95%


# --- mutations of committed blocks ---------------------------------------------------------

_NAME = re.compile(r"\b[A-Za-z_]\w*\b")


def _mutations(rng: random.Random) -> list[Callable[[str], str]]:
    def rename(text: str) -> str:
        names = sorted({n for n in _NAME.findall(text) if len(n) > 2})
        if not names:
            return text
        name = rng.choice(names)
        grow = rng.choice([-2, 1, 3, 7, 15, 31])
        new = name + "x" * grow if grow > 0 else name[:grow]
        return re.sub(rf"\b{name}\b", new, text)

    def line_edit(text: str) -> str:
        lines = text.split("\n")
        i = rng.randrange(len(lines) - 1)
        line = lines[i]
        edits = [
            line + ",",
            line.rstrip(","),
            "    " + line,
            line[4:] if line.startswith("    ") else " " + line,
            line + "  # note",
            line + " #note",
            line.replace(" = ", "="),
            line.replace(", ", ","),
            line.replace('"', "'"),
            line.replace('"', '"\\x4A', 1),
            line.replace('"', '"中文' * 6, 1),
            line.replace("(", "( ", 1),
        ]
        lines[i] = rng.choice(edits)
        if rng.random() < 0.3:
            lines.insert(i, rng.choice(["", "# note", "    # note"]))
        if rng.random() < 0.2 and lines[i].endswith(("(", "[")) and i + 2 < len(lines):
            lines[i] += lines.pop(i + 1).strip()
        return "\n".join(lines)

    return [rename, rename, line_edit, line_edit, line_edit]


def test_mutations_of_committed_blocks_are_never_vouched_for_wrongly(
    committed_blocks: list[tuple[str, str]],
) -> None:
    rng = random.Random(20)
    mutate = _mutations(rng)
    texts = [text for _, text in committed_blocks if text.count("\n") > 3]
    mutants = []
    for _ in range(200):
        text = rng.choice(texts)
        for _ in range(rng.choice([1, 2, 3])):
            text = rng.choice(mutate)(text)
        try:
            ast.parse(text)
        except SyntaxError:
            continue
        mutants.append(text)
    assert unsound(mutants) == []


# --- random modules ------------------------------------------------------------------------


class _Module:
    """Random modules around the generator's subset (and beyond it: lambdas, powers, slices)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def name(self) -> str:
        base = self.rng.choice(["x", "request_id", "_m", "client", "Items", "value"])
        return (
            base + "_" * self.rng.randint(0, 1) + "q" * self.rng.choice([0, 0, 5, 30])
        )

    def atom(self) -> ast.expr:
        rng = self.rng
        choice = rng.random()
        if choice < 0.4:
            return ast.Name(self.name())
        if choice < 0.55:
            return ast.Attribute(ast.Name(self.name()), self.name())
        if choice < 0.8:
            parts = [
                "abc",
                "'",
                '"',
                "\\",
                "\n",
                "中文",
                "x" * rng.randint(1, 60),
                "{x}",
            ]
            return ast.Constant(
                "".join(rng.choice(parts) for _ in range(rng.randint(0, 4)))
            )
        return ast.Constant(rng.choice([0, 2.5, 1e-05, 1e16, None, True, ...]))

    def expr(self, depth: int = 0) -> ast.expr:
        rng = self.rng
        if depth > 2 or rng.random() < 0.3:
            return self.atom()
        kind = rng.randrange(9)
        sub = [self.expr(depth + 1) for _ in range(rng.choice([0, 1, 2, 3, 6]))]
        if kind == 0:
            func = rng.choice(
                [ast.Name(self.name()), ast.Attribute(ast.Name("_m"), "wire")]
            )
            keywords = [ast.keyword(self.name(), self.expr(depth + 1)) for _ in sub[:2]]
            return ast.Call(func, sub, keywords)
        if kind == 1:
            return ast.List(sub)
        if kind == 2:
            keys: list[ast.expr | None] = list(sub)
            return ast.Dict(keys, [self.expr(depth + 1) for _ in sub])
        if kind == 3:
            return ast.Tuple(sub)
        if kind == 4:
            op = rng.choice([ast.BitOr(), ast.Add(), ast.Pow(), ast.Mod()])
            return ast.BinOp(self.expr(depth + 1), op, self.expr(depth + 1))
        if kind == 5:
            return ast.Subscript(ast.Name(self.name()), self.expr(depth + 1))
        if kind == 6:
            lower = self.expr(depth + 1)
            return ast.Subscript(ast.Name("s"), ast.Slice(lower, self.atom(), None))
        if kind == 7:
            arguments = ast.arguments([], [ast.arg("q")], None, [], [], None, [])
            return ast.Lambda(arguments, self.expr(depth + 1))
        return ast.IfExp(self.atom(), self.expr(depth + 1), self.atom())

    def statement(self, depth: int) -> ast.stmt:
        rng = self.rng
        kind = rng.randrange(10)
        if kind == 0 and depth < 2:
            arguments = ast.arguments(
                [],
                [ast.arg(self.name(), self.expr(2)) for _ in range(rng.randint(0, 4))],
                None,
                [],
                [],
                None,
                [],
            )
            return ast.FunctionDef(
                self.name(), arguments, self.body(depth + 1), [], self.atom(), None
            )
        if kind == 1 and depth < 2:
            return ast.ClassDef(
                self.name(), [ast.Name("Base")], [], self.body(depth + 1), []
            )
        if kind == 2 and depth < 2:
            return ast.If(self.expr(), self.body(depth + 1), self.body(depth + 1))
        if kind == 3:
            annotation = ast.parse("list[Xyz] | None", mode="eval").body
            return ast.AnnAssign(ast.Name(self.name()), annotation, self.expr(), 1)
        if kind == 4:
            return ast.Return(self.expr())
        if kind == 5:
            return ast.Expr(ast.Constant("doc " * rng.randint(0, 30)))
        if kind == 6:
            names = [ast.alias(self.name()) for _ in range(rng.randint(1, 5))]
            return ast.ImportFrom("models", names, 1)
        return ast.Assign([ast.Name(self.name())], self.expr())

    def body(self, depth: int) -> list[ast.stmt]:
        return [self.statement(depth) for _ in range(self.rng.randint(1, 4))]

    def source(self) -> str:
        module = ast.fix_missing_locations(ast.Module(self.body(0), []))
        return ast.unparse(module) + "\n"


@settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.randoms(use_true_random=False))
def test_random_modules_and_their_mutations(rng: random.Random) -> None:
    source = _Module(rng).source()
    try:
        formatted = black.format_str(source, mode=MODE)
    except InvalidInput:
        return
    mutate = _mutations(rng)
    variants = [source, formatted]
    for _ in range(4):
        variants.append(rng.choice(mutate)(formatted))
    parsed = []
    for text in variants:
        try:
            ast.parse(text)
        except SyntaxError:
            continue
        parsed.append(text)
    assert unsound(parsed) == []


# --- the pieces ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        '"a"',
        "'a'",
        '"it\'s"',
        "'say \"hi\"'",
        '"\\x4A"',
        '"\\x4a"',
        '"\\N{dash}"',
        "b'x'",
        'B"x"',
        'F"{x}"',
        'f"{x!r}"',
        'rb"\\d"',
        'Rb"x"',
        'u"x"',
        '"\\\'"',
        "'\\''",
        '"""a"""',
        "'''a'''",
        '"\\\\"',
        '"\\u00E9"',
        'br"x"',
        'fr"x"',
        '"é中"',
    ],
)
def test_a_string_is_normal_exactly_when_black_leaves_it(token: str) -> None:
    source = f"x = {token}\n"
    assert string_is_normal(token) == black_keeps(source)


def test_verify_hands_every_block_to_black(monkeypatch: pytest.MonkeyPatch) -> None:
    called = []
    real = workers._black

    def counting(item: tuple[str, str]) -> str:
        called.append(item[1])
        return real(item)

    monkeypatch.setattr(workers, "_black", counting)
    assert Formatter(use_cache=False).format("x = 1\n", "a.py") == "x = 1\n"
    assert called == []  # proven: black never ran
    assert (
        Formatter(use_cache=False, prove=False).format("x = 1\n", "a.py") == "x = 1\n"
    )
    assert called == ["a.py"]


def test_verify_runs_black_on_every_block_and_a_plain_run_on_none(
    hand_written: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import generate

    called: list[str] = []
    real = workers._black

    def counting(item: tuple[str, str]) -> str:
        called.append(item[1])
        return real(item)

    monkeypatch.setattr(workers, "_black", counting)
    generate(hand_written, tmp_path / "plain")
    assert called == []  # every block proven: black was not needed
    generate(hand_written, tmp_path / "verified", verify=True)
    blocks = sum(1 for _ in blocks_of(hand_written))
    assert len(called) == blocks


def test_a_lone_parameter_keeps_its_trailing_comma_when_split() -> None:
    from generator.python.layout import definition

    head = "    async def describe_vod_refresh_quota_copy2_with_a_long_name("
    tail = ") -> DescribeVodRefreshQuotaCopy2Response:"
    text = definition(head.lstrip(), ["self"], tail, indent=4)
    source = f"class C:\n    {text}\n        pass\n"
    assert "self,\n" in text
    assert black_keeps(source) and proven(source)
