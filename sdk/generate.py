"""Regenerate the SDKs from the app's /api/v2 document, or (--check) fail when the committed ones differ.

Writes sdk/openapi-v2.json, then sdk/python (openapi-python-client) and sdk/typescript/src/generated
(@hey-api/openapi-ts). Files written by hand are kept: sdk/python/fitnesscrm_client/webhooks.py and
everything in sdk/typescript outside src/generated.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SDK = Path(__file__).resolve().parent
REPO = SDK.parent
BIN = REPO / ".venv" / "bin"
PYTHON_SDK = SDK / "python"
HANDWRITTEN_PYTHON = {Path("fitnesscrm_client/webhooks.py")}
TS_SDK = SDK / "typescript"
TS_GENERATED = TS_SDK / "src" / "generated"


def _files(root: Path, keep: set[Path] = frozenset()) -> dict[Path, Path]:
    if not root.exists():
        return {}
    return {
        path.relative_to(root): path
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and path.relative_to(root) not in keep
        and not {"__pycache__", ".ruff_cache"} & set(path.parts)
    }


def _differences(generated: dict[Path, Path], committed: dict[Path, Path]) -> list[str]:
    names = sorted(set(generated) | set(committed))
    return [
        str(name)
        for name in names
        if name not in generated or name not in committed or not filecmp.cmp(generated[name], committed[name], False)
    ]


def _document() -> str:
    return subprocess.run(  # noqa: S603 - a fixed command line
        [str(BIN / "python"), str(SDK / "dump_openapi_v2.py")],
        cwd=REPO / "backend",
        env={**os.environ, "PYTHONPATH": str(REPO / "backend")},
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _python_sdk(document: Path, output: Path) -> None:
    command = [str(BIN / "openapi-python-client"), "generate", "--path", str(document)]
    command += ["--output-path", str(output), "--config", str(SDK / "python-config.yaml"), "--meta", "setup"]
    subprocess.run([*command, "--overwrite"], check=True, capture_output=True)  # noqa: S603 - a fixed command line


def _typescript_sdk() -> None:
    subprocess.run(["npx", "--no-install", "openapi-ts"], cwd=TS_SDK, check=True, capture_output=True)  # noqa: S607


def main(check: bool) -> int:
    problems: list[str] = []
    document = _document()
    committed_document = (SDK / "openapi-v2.json").read_text() if (SDK / "openapi-v2.json").exists() else ""
    with tempfile.TemporaryDirectory(prefix="fcrm-sdk-") as directory:
        scratch = Path(directory)
        (scratch / "openapi-v2.json").write_text(document)
        _python_sdk(scratch / "openapi-v2.json", scratch / "python")
        if check:
            if document != committed_document:
                problems.append("sdk/openapi-v2.json")
            problems += [f"sdk/python/{name}" for name in _differences(
                _files(scratch / "python"), _files(PYTHON_SDK, HANDWRITTEN_PYTHON)
            )]  # fmt: skip
            # openapi-ts writes where its config says: set the committed output aside, generate, compare, restore.
            shutil.copytree(TS_GENERATED, scratch / "ts-committed")
            (SDK / "openapi-v2.json").write_text(document)
            try:
                _typescript_sdk()
                problems += [
                    f"sdk/typescript/src/generated/{name}"
                    for name in _differences(_files(TS_GENERATED), _files(scratch / "ts-committed"))
                ]
            finally:
                (SDK / "openapi-v2.json").write_text(committed_document)
                shutil.rmtree(TS_GENERATED)
                shutil.copytree(scratch / "ts-committed", TS_GENERATED)
        else:
            (SDK / "openapi-v2.json").write_text(document)
            for path in _files(PYTHON_SDK, HANDWRITTEN_PYTHON).values():
                path.unlink()
            shutil.copytree(scratch / "python", PYTHON_SDK, dirs_exist_ok=True)
            _typescript_sdk()
    if problems:
        print("The SDKs are out of date with /api/v2: run `make sdk` and commit. Differs: " + ", ".join(problems))
        return 1
    print("The SDKs match /api/v2." if check else "Regenerated sdk/openapi-v2.json, sdk/python and sdk/typescript.")
    return 0


if __name__ == "__main__":
    sys.exit(main(check="--check" in sys.argv))
