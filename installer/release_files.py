#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the release history of CHANGELOG.md into the files a Debian package carries.

  release_files.py --changelog CHANGELOG.md --version 0.1.0 --contact "Name <mail>"
                   --metainfo-template in.xml --metainfo out.xml --debian-changelog out.gz
                   [--define KEY=VALUE ...]

CHANGELOG.md holds `## Unreleased` (the version being worked on: PROJECT_VERSION, dated
SOURCE_DATE_EPOCH or today, UTC) and `## X.Y.Z - YYYY-MM-DD` sections, newest first, each a list
of `- ` items (continued on indented lines). They become
  - the AppStream <releases> element that replaces @RELEASES@ in the metainfo template (items
    without backticks and issue references, which mean nothing to a user);
  - the Debian changelog (usr/share/doc/precis/changelog.gz), compressed as `gzip -9n` does.
"""
import argparse
import datetime
import email.utils
import gzip
import os
import re
import sys
import textwrap
from xml.sax.saxutils import escape


def parse(path, version, today):
    releases = []
    current = None
    item = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            heading = re.match(r"^## +(.*?)\s*$", line)
            if heading:
                title = heading.group(1)
                if title.lower() == "unreleased":
                    current = {"version": version, "date": today, "released": False, "items": []}
                else:
                    m = re.match(r"^v?(\d+\.\d+\.\d+)\s*[-\u2013]\s*(\d{4}-\d{2}-\d{2})$", title)
                    if not m:
                        sys.exit(f"{path}: heading '## {title}' is neither 'Unreleased' nor "
                                 "'X.Y.Z - YYYY-MM-DD'")
                    current = {"version": m.group(1), "date": m.group(2), "released": True,
                               "items": []}
                releases.append(current)
                item = None
            elif current is not None and line.startswith("- "):
                item = [line[2:].strip()]
                current["items"].append(item)
            elif item is not None and line.startswith("  ") and line.strip():
                item.append(line.strip())
            elif not line.strip():
                item = None
    for r in releases:
        r["items"] = [" ".join(parts) for parts in r["items"]]
    if not releases:
        sys.exit(f"{path}: no release sections")
    if releases[0]["version"] != version:
        sys.exit(f"{path}: the newest section is {releases[0]['version']}, but the project "
                 f"version is {version}: add '## Unreleased' or '## {version} - YYYY-MM-DD'")
    return releases


def for_users(text):
    text = re.sub(r"\s*\((?:#\d+(?:,\s*)?)+\)", "", text)
    return text.replace("`", "")


def metainfo_releases(releases):
    out = ["<releases>"]
    for r in releases:
        kind = "stable" if r["released"] else "development"
        out.append(f'    <release version="{r["version"]}" date="{r["date"]}" type="{kind}">')
        out.append("      <description>")
        out.append("        <ul>")
        for it in r["items"]:
            out.append(f"          <li>{escape(for_users(it))}</li>")
        out.append("        </ul>")
        out.append("      </description>")
        out.append("    </release>")
    out.append("  </releases>")
    return "\n".join(out)


def debian_changelog(releases, contact):
    chunks = []
    for r in releases:
        date = datetime.datetime.strptime(r["date"], "%Y-%m-%d").replace(
            tzinfo=datetime.timezone.utc)
        lines = [f"precis ({r['version']}) stable; urgency=medium", ""]
        for it in r["items"]:
            lines += textwrap.wrap(it, width=78, initial_indent="  * ",
                                   subsequent_indent="    ", break_on_hyphens=False)
        lines += ["", f" -- {contact}  {email.utils.format_datetime(date)}", ""]
        chunks.append("\n".join(lines))
    return "\n".join(chunks)


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except OSError:
        pass
    with open(path, "wb") as f:
        f.write(data)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--changelog", required=True)
    p.add_argument("--version", required=True)
    p.add_argument("--contact", required=True)
    p.add_argument("--metainfo-template", required=True)
    p.add_argument("--metainfo", required=True)
    p.add_argument("--debian-changelog", required=True)
    p.add_argument("--define", action="append", default=[], metavar="KEY=VALUE",
                   help="also replace @KEY@ in the metainfo template")
    a = p.parse_args()
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = (datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc) if epoch
           else datetime.datetime.now(datetime.timezone.utc))
    releases = parse(a.changelog, a.version, now.strftime("%Y-%m-%d"))

    with open(a.metainfo_template, encoding="utf-8") as f:
        template = f.read()
    if "@RELEASES@" not in template:
        sys.exit(f"{a.metainfo_template}: no @RELEASES@ placeholder")
    for define in a.define:
        key, _, value = define.partition("=")
        template = template.replace(f"@{key}@", escape(value))
    leftover = re.findall(r"@[A-Z_]+@", template.replace("@RELEASES@", ""))
    if leftover:
        sys.exit(f"{a.metainfo_template}: no value for {', '.join(sorted(set(leftover)))}")
    write_if_changed(a.metainfo,
                     template.replace("@RELEASES@", metainfo_releases(releases)).encode("utf-8"))
    # mtime=0 and no file name in the header: what `gzip -9n` writes (lintian checks both).
    write_if_changed(a.debian_changelog,
                     gzip.compress(debian_changelog(releases, a.contact).encode("utf-8"), 9,
                                   mtime=0))


if __name__ == "__main__":
    main()
