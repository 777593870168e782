#!/usr/bin/env python3
"""Start-up times of the built image, with and without its class-data-sharing archive.

Runs each configuration once per round, rounds interleaved, so load from other processes on a shared
machine spreads evenly over the configurations; prints the median wall time and the median CPU time
(user + sys of the process tree, which load disturbs less). Run after `mvn -Pinstaller package`:
    python3 installer/measure-startup.py [ROUNDS]
Configurations: the image's script launcher bin/nianbao and jpackage's bin/Nianbao, both with the app
archive nianbao.jsa over the runtime's base archive; the same image copied elsewhere, where JDK 17
ignores the app archive (base archive only: what jpackage gives without training); the image's java
with -Xshare:off (no class-data sharing at all).
With DISPLAY set (e.g. Xvfb :77 & DISPLAY=:77), also the window: from start until the window titled
年报 is viewable (polled with xwininfo every 10 ms), then the process is ended.
"""
import os, resource, shutil, signal, statistics, subprocess, sys, tempfile, time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
project = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
image = os.path.join(project, "target", "installer", "Nianbao")
work = tempfile.mkdtemp(prefix="nianbao-startup-")
moved = os.path.join(work, "Nianbao")
shutil.copytree(image, moved, symlinks=True)
sample = os.path.join(work, "sample.txt")
shutil.copy(os.path.join(image, "lib", "app", "cds", "sample.txt"), sample)
env = dict(os.environ, LC_ALL="C.UTF-8")
for k in ("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"):
    env.pop(k, None)

def launchers():
    off = [os.path.join(image, "lib/runtime/bin/java"), "-Xshare:off", "-Dfile.encoding=UTF-8",
           "-cp", os.path.join(image, "lib/app/nianbao.jar"), "org.nianbao.Launcher"]
    return {
        "bin/nianbao, app archive": [os.path.join(image, "bin/nianbao")],
        "bin/Nianbao, app archive": [os.path.join(image, "bin/Nianbao")],
        "bin/nianbao, base archive": [os.path.join(moved, "bin/nianbao")],
        "bin/Nianbao, base archive": [os.path.join(moved, "bin/Nianbao")],
        "java -Xshare:off": off,
    }

def has_command(name):
    out = subprocess.run(launchers()["bin/nianbao, app archive"] + ["--help"], env=env,
                         capture_output=True, text=True).stdout
    return any(line.startswith("  " + name + " ") for line in out.splitlines())

tasks = {"--version": lambda db: ["--version"],
         "import sample": lambda db: ["--db", db, "import", sample]}
if has_command("export"):
    tasks["export sample"] = lambda db: ["--db", db, "export", sample, "--out", db + ".docx"]

def window_shown():
    probe = subprocess.run(["xwininfo", "-name", "年报"], env=env, capture_output=True, text=True)
    return "IsViewable" in probe.stdout

def timed_window(cmd, attempts=2):
    """Seconds from start until the window is viewable; CPU is not measured (the process is killed).
    A start that dies before showing its window (seen once under Xvfb) is retried once."""
    while True:
        while window_shown():  # the previous window must be gone first
            time.sleep(0.01)
        start = time.perf_counter()
        process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while not window_shown():
                if process.poll() is not None or time.perf_counter() - start > 60:
                    break
                time.sleep(0.01)
            else:
                return time.perf_counter() - start, float("nan")
        finally:
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate()
        attempts -= 1
        if attempts == 0:
            raise SystemExit(f"no window from {cmd}:\n{err.decode(errors='replace')[-2000:]}")

def timed(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"failed: {cmd}\n{done.stderr.decode()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

if os.environ.get("DISPLAY"):
    tasks["window"] = lambda db: ["--db", db]

results = {}
try:
    for r in range(rounds + 1):  # round 0 warms the file cache and is dropped
        for task, args in tasks.items():
            for name, launcher in launchers().items():
                db = os.path.join(work, f"r{r}-{abs(hash((task, name)))}.db")
                measure = timed_window if task == "window" else timed
                wall, cpu = measure(launcher + args(db))
                if r > 0:
                    results.setdefault((task, name), []).append((wall, cpu))
finally:
    shutil.rmtree(work)

print(f"{rounds} rounds, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
print(f"{'command':16} {'configuration':26} {'median wall':>12} {'median CPU':>11}")
print("-" * 68)
for (task, name), xs in results.items():
    print(f"{task:16} {name:26} {statistics.median(w for w, _ in xs) * 1000:9.0f} ms "
          f"{statistics.median(c for _, c in xs) * 1000:8.0f} ms")
