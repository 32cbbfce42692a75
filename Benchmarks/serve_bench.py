#!/usr/bin/env python3
"""The page's figures for `make bench`: time to first preview for a 1 MB and a 100 MB export
(upload, read, and the page with its preview served), and the server's memory during the upload.

Usage: serve_bench.py GRADEPORT [DATA_FOLDER]

A synthetic Google Classroom grades CSV of each size is written under DATA_FOLDER (bench-data by
default). The server's peak resident memory is read from /proc (VmHWM) after each step, and
sampled every 50 ms while the 100 MB file uploads.
"""

import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse


def write_classroom_csv(path, target_bytes, assignments=20):
    if os.path.exists(path) and os.path.getsize(path) >= target_bytes:
        return
    rng = random.Random(7)
    maxima = [10, 15, 20, 25]
    with open(path, "w", encoding="utf-8") as out:
        out.write("Last Name,First Name,Email Address,Overall")
        for index in range(assignments):
            out.write(f",\"СОР {index + 1} ({maxima[index % 4]})\"")
        out.write("\n,,,")
        for index in range(assignments):
            out.write(f",\"Sep {index % 28 + 1}, 2025\"")
        out.write("\n,,,")
        for index in range(assignments):
            out.write(f",{maxima[index % 4]}")
        out.write("\n")
        student = 0
        while out.tell() < target_bytes:
            cells = [str(rng.randint(0, maxima[index % 4])) for index in range(assignments)]
            out.write(f"Фамилия{student},Имя{student},student{student}@school.example,77.5," + ",".join(cells) + "\n")
            student += 1


def status_kib(pid, field):
    """A memory figure of /proc/PID/status in KiB: VmHWM (peak resident) or VmRSS (resident now)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def peak_kib(pid):
    return status_kib(pid, "VmHWM")


def current_kib(pid):
    return status_kib(pid, "VmRSS")


class Page:
    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        self.host, self.port = parsed.hostname, parsed.port
        self.origin = f"http://{self.host}:{self.port}"
        connection = self.connection()
        connection.request("GET", parsed.path + "?" + parsed.query)
        response = connection.getresponse()
        response.read()
        self.cookie = response.getheader("Set-Cookie").split(";")[0]

    def connection(self):
        return http.client.HTTPConnection(self.host, self.port, timeout=600)

    def upload(self, path, sent, progress_id="bench"):
        """Uploads a file; calls `sent` once the body is sent (the server then reads the file)."""
        connection = self.connection()
        name = urllib.parse.quote(os.path.basename(path))
        with open(path, "rb") as body:
            connection.request(
                "POST", f"/upload?name={name}&upload={progress_id}", body=body,
                headers={"Cookie": self.cookie, "Origin": self.origin, "Content-Length": str(os.path.getsize(path))})
            sent()
            response = connection.getresponse()
            text = response.read()
        assert response.status == 200, (response.status, text[:200])

    def progress(self, progress_id="bench"):
        """The server's report on the upload (GET /progress): (phase, done, total), or None."""
        connection = self.connection()
        connection.request("GET", f"/progress?upload={progress_id}", headers={"Cookie": self.cookie})
        response = connection.getresponse()
        text = response.read()
        if response.status != 200:
            return None
        report = json.loads(text)
        return report["phase"], report["done"], report["total"]

    def page(self):
        connection = self.connection()
        connection.request("GET", "/", headers={"Cookie": self.cookie})
        response = connection.getresponse()
        text = response.read().decode("utf-8")
        assert 'data-testid="preview"' in text
        return text


def main():
    gradeport = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else "bench-data"
    os.makedirs(data, exist_ok=True)
    files = {"1 MB": os.path.join(data, "serve-classroom-1mb.csv"), "100 MB": os.path.join(data, "serve-classroom-100mb.csv")}
    write_classroom_csv(files["1 MB"], 1 << 20)
    write_classroom_csv(files["100 MB"], 100 << 20)
    store = tempfile.mkdtemp(prefix="gradeport-serve-bench-")
    for label, path in files.items():
        server = subprocess.Popen(
            [gradeport, "serve", "--port", "0", "--store", os.path.join(store, "s.sqlite"), "--max-upload-mb", "200"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            url = server.stdout.readline().strip()
            page = Page(url)
            idle = current_kib(server.pid)
            samples = []
            stop = threading.Event()

            def sample():
                while not stop.is_set():
                    samples.append(current_kib(server.pid))
                    time.sleep(0.05)

            # The page's progress reports, polled as its script does (every 300 ms).
            reports = []

            def poll():
                while not stop.is_set():
                    report = page.progress()
                    if report:
                        reports.append((time.monotonic(), report))
                    time.sleep(0.3)

            sampler = threading.Thread(target=sample)
            sampler.start()
            poller = threading.Thread(target=poll)
            started = time.monotonic()
            poller.start()
            sent_at = []
            page.upload(path, lambda: sent_at.append((time.monotonic(), len(samples))))
            uploaded = time.monotonic()
            streaming = max(samples[: sent_at[0][1]] or [idle])
            html = page.page()
            shown = time.monotonic()
            stop.set()
            sampler.join()
            poller.join()
            size = os.path.getsize(path) / (1 << 20)
            sent_seconds = sent_at[0][0] - started
            reading = [(at - started, done / total) for at, (phase, done, total) in reports if phase == "reading" and total]
            half = next((at for at, share in reading if share >= 0.5), None)
            read_all = next((at - started for at, (phase, _, _) in reports if phase in ("preparing", "done")), None)
            print(
                f"serve {label}: progress polls while reading {len(reading)}, "
                + (f"half the file read at {half:.1f} s, " if half is not None else "no poll saw half the file read, ")
                + (f"all read (card being prepared) at {read_all:.1f} s" if read_all is not None
                   else "no poll saw the end of reading"))
            print(
                f"serve {label} ({size:.1f} MiB): body sent {sent_seconds:.2f} s "
                f"({size / max(sent_seconds, 1e-6):.0f} MiB/s), upload+read "
                f"{uploaded - started:.2f} s, first preview {shown - started:.2f} s (page {len(html) / 1024:.0f} "
                f"KiB); server memory idle {idle / 1024:.0f} MiB, while the body streams max "
                f"{streaming / 1024:.0f} MiB, while reading and showing max {max(samples) / 1024:.0f} MiB, peak "
                f"{peak_kib(server.pid) / 1024:.0f} MiB")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
