"""The package's layers point down: adapters call the api, the api calls models and helpers (ADR 11).

Read from the source, so a delayed import inside a function counts as much as one at the top.
"""

import ast
from pathlib import Path
from typing import get_type_hints

from studygroup_xblock import api
from studygroup_xblock.data import LearnerState

PACKAGE = Path(__file__).resolve().parents[2] / "studygroup_xblock"
# What the platform, Celery and Django call: they may import the api, never the other way round.
ADAPTERS = {
    "admin",
    "apps",
    "block",
    "handlers",
    "management",
    "page_handlers",
    "pages",
    "signals",
    "studio",
    "sweeper",
    "tasks",
    "viewer",
}


def module_name(path):
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path, modules):
    """The package's modules that ``path`` imports, anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join([*base, node.module] if node.module else base)
            named = (f"{target}.{alias.name}" for alias in node.names)
            found |= {module if module in modules else target for module in named}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {module for module in found if module in modules and module != name}


def import_graph():
    paths = [path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts]
    modules = {module_name(path) for path in paths}
    return {module_name(path): imports_of(path, modules) for path in paths}


def circles(graph):
    """The strongly connected parts of more than one module (Tarjan)."""
    order, low, stack, found = {}, {}, [], []

    def visit(module):
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in graph[module]:
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            part = []
            while not part or part[-1] != module:
                part.append(stack.pop())
            if len(part) > 1:
                found.append(sorted(part))

    for module in graph:
        if module not in order:
            visit(module)
    return found


def is_adapter(module):
    return module.partition(".")[2].split(".")[0] in ADAPTERS


def test_no_module_of_the_package_imports_itself_round_a_circle():
    assert circles(import_graph()) == []


def test_the_api_imports_no_adapter():
    graph = import_graph()

    reaching_up = {
        (module, other)
        for module, imported in graph.items()
        if module.startswith("studygroup_xblock.api")
        for other in imported
        if is_adapter(other)
    }

    assert reaching_up == set()


def test_the_circle_finder_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_change_answers_with_the_learner_state():
    """The block reads the state after a change (``_changed``); a change answers only what it made."""
    public = {name: getattr(api, name) for name in api.__all__}
    changes = {name: function for name, function in public.items() if getattr(function, "access", "") == "change"}
    answering_state = {name for name, change in changes.items() if get_type_hints(change)["return"] is LearnerState}

    assert len(changes) > 20
    assert answering_state == set()
    assert api.get_learner_state.__annotations__["return"] is LearnerState


def layout_section():
    readme = (PACKAGE.parent / "README.md").read_text()
    return readme.split("### Layout", 1)[1].split("```")[1]


def test_the_readmes_layout_names_every_module_of_the_package_and_no_other():
    lines = [line for line in layout_section().splitlines() if line.strip()]
    # An entry starts its line, indented by its depth ("api/", "  block.py", "    groups.py"); what
    # explains it goes on after it, and on lines indented further.
    named = {_entry(line.split()[0]) for line in lines if _depth(line) in (2, 4)}
    at_the_top = {_entry(line.split()[0]) for line in lines if _depth(line) == 0}
    package = {
        _entry(path.name + ("/" if path.is_dir() else ""))
        for folder in (PACKAGE, PACKAGE / "api")
        for path in folder.iterdir()
        if path.name not in ("__pycache__", "__init__.py") and (path.suffix == ".py" or path.is_dir())
    }
    linked = {_entry(path.name + "/") for path in PACKAGE.iterdir() if path.is_symlink()}  # shipped from the top

    assert package - linked - named == set()
    assert linked - at_the_top == set()
    assert {name for name in named if name.endswith(".py")} - package - {"__init__.py"} == set()


def _depth(line):
    return len(line) - len(line.lstrip())


def _entry(name):
    return name.split("/")[0] + "/" if "/" in name else name
