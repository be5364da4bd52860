"""The package's rooms stack in one order: a room never imports one above it, nor a sibling."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarize"

# The rank of each room (a subpackage) or top-level module; an import may only go to a lower rank,
# or stay inside its own room.
RANKS = {
    "config": 0,
    "text": 1,
    "story": 2, "models": 2,          # siblings: neither imports the other
    "result": 3,
    "pipeline": 4,
    "many": 5,
    "cli": 6, "ui": 6,
    "__init__": 7, "__main__": 7,
}


def _room(parts: tuple[str, ...]) -> str:
    return parts[0] if parts else "__init__"


def _imported_rooms(source: str, module: tuple[str, ...]) -> list[tuple[str, int]]:
    """(the room each summarize-internal import reaches, its line) for the module at `module`
    (its path inside the package, e.g. ("text", "cleaning"))."""
    package = module[:-1]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                target = base + (tuple(node.module.split(".")) if node.module else (node.names[0].name,))
            elif node.module and node.module.split(".")[0] == "summarize":
                target = tuple(node.module.split(".")[1:])
            else:
                continue
            found.append((_room(target), node.lineno))
        elif isinstance(node, ast.Import):
            found += [(_room(tuple(a.name.split(".")[1:])), node.lineno)
                      for a in node.names if a.name.split(".")[0] == "summarize"]
    return found


def _violations(source: str, module: tuple[str, ...]) -> list[str]:
    own = _room(module)
    return [f"{'/'.join(module)}.py:{line} imports {room} from {own}"
            for room, line in _imported_rooms(source, module) if room != own and RANKS[room] >= RANKS[own]]


MODULES = sorted(PACKAGE.rglob("*.py"))


def _parts(path: Path) -> tuple[str, ...]:
    return path.relative_to(PACKAGE).with_suffix("").parts


def test_every_room_has_a_rank():
    rooms = {_room(_parts(p)) for p in MODULES}
    assert rooms <= set(RANKS), f"rooms without a rank: {rooms - set(RANKS)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: "/".join(_parts(p)))
def test_no_room_imports_a_higher_or_sibling_one(path):
    assert _violations(path.read_text(encoding="utf-8"), _parts(path)) == []


@pytest.mark.parametrize("source", ["from ..pipeline import Summarizer\n",
                                    "from ..story.figures import Figure\n",
                                    "from summarize.ui import build_app\n",
                                    "def f():\n    from ..models import loading\n"])
def test_the_checker_catches_an_upward_import(source):
    """Relative, absolute and lazy imports from a text module to a higher room are all seen."""
    assert _violations(source, ("text", "cleaning"))
    assert _violations("from ..text.arabic import words\nfrom ..config import Config\n", ("text", "cleaning")) == []
