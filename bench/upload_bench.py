"""The upload benchmark: `.venv/bin/python bench/upload_bench.py`.

Serves the app with gunicorn (one sync worker, as `make run` serves it) plus the bench-only route
of `bench/upload_app.py`, which calls `storage.upload_from_request(kind="document")` and commits,
against a fresh embedded PostgreSQL (or BENCH_DATABASE_URL). Then, for each backend (local disk in
a temporary directory; S3 on a moto server on a loopback port), it sends documents of 1, 10 and
100 MB as real multipart requests with a Content-Length, streamed from disk by the client, and
reports per upload the wall time and the worker's peak RSS (the kernel's VmHWM, reset before each
upload through /proc/<pid>/clear_refs; without that, sampled every 10 ms). Memory is flat when the
100 MB upload peaks no higher than the 1 MB one plus a few MB. The report is printed and written
to `bench/results/upload-<UTC timestamp>.md`.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import http.client
import json
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from run_foundation import RESULTS_DIR, Gunicorn, RssSampler, run_migrations  # noqa: E402 - after the path

log = logging.getLogger("bench.upload")
MB = 10**6
CHUNK = 2**20


@dataclass
class Upload:
    backend: str
    size: int
    seconds: float
    rss_before: int
    rss_peak: int
    status: int

    @property
    def throughput(self) -> float:
        return self.size / MB / self.seconds


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-mb", default="1,10,100", help="document sizes to upload, in MB")
    parser.add_argument("--backends", default="local,s3")
    return parser.parse_args()


def make_document(path: Path, size: int) -> str:
    """A PDF-shaped file of exactly `size` bytes, written a chunk at a time; its SHA-256."""
    digest = hashlib.sha256()
    head, tail = b"%PDF-1.7\n%bench\n", b"\n%%EOF\n"
    filler = os.urandom(CHUNK)
    with path.open("wb") as file:
        for part in (head, *_filler(filler, size - len(head) - len(tail)), tail):
            file.write(part)
            digest.update(part)
    return digest.hexdigest()


def _filler(block: bytes, count: int):
    while count > 0:
        yield block[: min(count, len(block))]
        count -= len(block)


class MultipartBody:
    """A multipart/form-data body whose file part is read from disk as it is sent; its length known upfront."""

    def __init__(self, path: Path, boundary: str):
        self.parts = [
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.pdf"\r\n'
                "Content-Type: application/pdf\r\n\r\n"
            ).encode(),
            path,
            f"\r\n--{boundary}--\r\n".encode(),
        ]
        self.length = len(self.parts[0]) + path.stat().st_size + len(self.parts[2])

    def read(self, size: int = -1):
        raise NotImplementedError  # http.client iterates instead

    def __iter__(self):
        yield self.parts[0]
        with self.parts[1].open("rb") as file:
            while chunk := file.read(CHUNK):
                yield chunk
        yield self.parts[2]


def _reset_peak(pid: int) -> bool:
    """Reset the kernel's peak-RSS counter of `pid` (needs root or the same user)."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _vm_hwm(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM")


def upload(server: Gunicorn, backend: str, path: Path, expected_sha: str) -> Upload:
    (worker,) = server.workers()
    boundary = uuid.uuid4().hex
    body = MultipartBody(path, boundary)
    exact = _reset_peak(worker.pid)
    rss_before = worker.memory_info().rss
    sampler = RssSampler([worker])
    sampler.start()
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=600, blocksize=CHUNK)
    started = time.perf_counter()
    connection.request(
        "POST",
        "/bench/upload/document",
        body=iter(body),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Content-Length": str(body.length)},
    )
    response = connection.getresponse()
    answer = response.read()
    seconds = time.perf_counter() - started
    sampler.stop()
    connection.close()
    if response.status != 201:
        raise RuntimeError(f"upload answered {response.status}: {answer[:300]!r}\n{server.log_tail()}")
    stored = json.loads(answer)
    if stored["sha256"] != expected_sha:
        raise RuntimeError("the stored file's SHA-256 differs from the sent file's")
    peak = _vm_hwm(worker.pid) if exact else sampler.peak[worker.pid]
    return Upload(backend, path.stat().st_size, seconds, rss_before, peak, response.status)


def _organization(url: str) -> int:
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        organization_id = connection.execute(
            sa.text("INSERT INTO organizations (name) VALUES ('Upload bench') RETURNING id")
        ).scalar_one()
    engine.dispose()
    return organization_id


def _moto() -> tuple[dict, object]:
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {
        "STORAGE_BACKEND": "s3",
        "S3_BUCKET": "fitnesscrm-bench",
        "S3_ENDPOINT_URL": f"http://{host}:{port}",
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": "bench",
        "S3_SECRET_ACCESS_KEY": "bench-secret",
    }
    client = boto3.client(
        "s3",
        endpoint_url=env["S3_ENDPOINT_URL"],
        region_name=env["S3_REGION"],
        aws_access_key_id=env["S3_ACCESS_KEY_ID"],
        aws_secret_access_key=env["S3_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=env["S3_BUCKET"])
    return env, server


def render(uploads: list[Upload], when: datetime) -> str:
    lines = [
        f"# Upload benchmark, {when:%Y-%m-%d %H:%M} UTC",
        "",
        f"One gunicorn sync worker; documents sent as multipart with a Content-Length; {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}.",
        "",
        "| backend | size | time | throughput | worker RSS before | worker peak RSS | growth |",
        "|---|---|---|---|---|---|---|",
    ]
    for item in uploads:
        growth = (item.rss_peak - item.rss_before) / MB
        lines.append(
            f"| {item.backend} | {item.size / MB:.0f} MB | {item.seconds:.2f} s | {item.throughput:.0f} MB/s | "
            f"{item.rss_before / MB:.1f} MB | {item.rss_peak / MB:.1f} MB | {growth:+.1f} MB |"
        )
    for backend in sorted({item.backend for item in uploads}):
        runs = [item for item in uploads if item.backend == backend]
        smallest, largest = min(runs, key=lambda item: item.size), max(runs, key=lambda item: item.size)
        growth = (largest.rss_peak - smallest.rss_peak) / MB
        flat = growth < 20
        lines.append(
            f"\n{backend}: the {largest.size / MB:.0f} MB upload peaks {growth:+.1f} MB against the "
            f"{smallest.size / MB:.0f} MB one: {'flat' if flat else 'NOT flat'}."
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("alembic", "pgserver", "urllib3", "werkzeug", "botocore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    when = datetime.now(UTC)
    work_dir = Path(tempfile.mkdtemp(prefix="fitnesscrm-upload-bench-"))
    atexit.register(shutil.rmtree, work_dir, ignore_errors=True)
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url:
        from fitnesscrm.core import embedded_postgres

        url = embedded_postgres.start(work_dir / "pg", database="bench")
    run_migrations(url)
    organization_id = _organization(url)
    sizes = [int(float(size) * MB) for size in args.sizes_mb.split(",")]
    documents = []
    for size in sizes:
        path = work_dir / f"document-{size}.pdf"
        documents.append((path, make_document(path, size)))

    uploads: list[Upload] = []
    server_args = argparse.Namespace(workers=1, worker_class="sync", threads=1)
    base_env = {
        **os.environ,
        "APP_ENV": "development",
        "DATABASE_URL": url,
        "VAR_DIR": str(work_dir / "var"),
        "BENCH_ORGANIZATION_ID": str(organization_id),
        "PYTHONPATH": os.pathsep.join([str(BENCH_DIR.parent / "backend"), str(BENCH_DIR)]),
    }
    moto = None
    for backend in args.backends.split(","):
        env = {**base_env, "STORAGE_BACKEND": "local", "STORAGE_LOCAL_DIR": str(work_dir / "uploads")}
        if backend == "s3":
            s3_env, moto = _moto()
            env.update(s3_env)
        server = Gunicorn(f"upload-{backend}", "upload_app:create()", chdir=BENCH_DIR, env=env, args=server_args,
                          log_dir=work_dir)  # fmt: skip
        try:
            server.wait_ready("/api/health")
            # A first small upload loads every module of the path, so the figures compare steady states.
            upload(server, backend, *documents[0])
            for path, sha in documents:
                result = upload(server, backend, path, sha)
                log.info("%s %d MB: %.2f s, peak RSS %.1f MB", backend, result.size / MB, result.seconds,
                         result.rss_peak / MB)  # fmt: skip
                uploads.append(result)
        finally:
            server.stop()
            if moto is not None:
                moto.stop()
                moto = None
    report = render(uploads, when)
    print(report)
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"upload-{when:%Y%m%dT%H%M%SZ}.md").write_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
