"""A feed server on 127.0.0.1 for the watch tests: good feeds with validators, and every failure mode."""
from __future__ import annotations

import threading
import time
from collections import Counter
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Articles written for these tests: two ISIS-K bombings in Afghanistan, a clash in Pakistan, and a second
# report of the Kabul bombing.
KABUL = ("Suicide bomber kills 14 worshippers at Kabul mosque", "Sat, 02 Mar 2024 08:00:00 GMT", """\
KABUL — A suicide bomber blew himself up inside a Shiite mosque in Kabul on Friday, killing at least 14 \
worshippers and wounding 30 others, police said. Islamic State Khorasan Province (ISIS-K) claimed responsibility \
for the bombing in a statement released by its Amaq news agency. Taliban officials said the attacker detonated \
his explosives vest during Friday prayers in the packed hall. The group has repeatedly targeted the Hazara \
community in the capital, and residents said security at the mosque had been reduced in recent weeks.""")
WAZIRISTAN = ("Three soldiers killed in North Waziristan clash", "Sun, 03 Mar 2024 08:00:00 GMT", """\
MIRANSHAH — Three Pakistani soldiers were killed on Saturday when militants of Tehrik-i-Taliban Pakistan (TTP) \
attacked a security post in the North Waziristan district, the military's media wing said. The soldiers \
exchanged fire with the attackers for several hours before reinforcements arrived, and two militants were also \
killed, according to the statement. The TTP claimed the attack in a message sent to journalists in Peshawar, \
and officials said a search operation was under way in the surrounding villages on Sunday.""")
KABUL_TOLL = ("Kabul mosque bombing toll rises to 16", "Sun, 03 Mar 2024 10:00:00 GMT", """\
KABUL — The death toll from Friday's suicide bombing at a Shiite mosque in Kabul rose to 16, hospital officials \
said on Sunday. Islamic State Khorasan Province (ISIS-K) claimed responsibility for the bombing, which struck \
worshippers during Friday prayers. Residents said many of the wounded were children, and relatives gathered \
outside the city's main hospital to search for missing family members. Taliban officials promised to increase \
security at mosques across the capital ahead of the coming religious holidays in the weeks ahead.""")
JALALABAD = ("Blast at Jalalabad market kills six", "Wed, 10 Apr 2024 12:00:00 GMT", """\
JALALABAD — A roadside bomb exploded near a crowded market in Jalalabad, the capital of Nangarhar province, on \
Wednesday, killing six civilians and wounding eleven, provincial police said. Islamic State Khorasan Province \
claimed responsibility for the explosion through its Amaq news agency. The Taliban administration said it had \
arrested two suspects, and shopkeepers said the market had been crowded with people buying food for the \
holiday when the device went off beside a row of fruit stalls near the main road to the city centre.""")


def rss(title: str, items: list[tuple[str, str, str, str]]) -> bytes:
    """An RSS 2.0 document: (title, pubDate, text or '', link) per item; short items point to their link."""
    body = "".join(f"<item><title>{escape(t)}</title><link>{link}</link><pubDate>{date}</pubDate>"
                   f"<description>{escape(text)}</description></item>" for t, date, text, link in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"{body}</channel></rss>").encode()


class FeedServer:
    """Serves `routes` (path -> (status, content type, body)), honours If-None-Match on the feeds it gives
    an ETag, records requests and webhook POSTs; '/slow' paths answer only after `slow` seconds."""

    def __init__(self, slow: float = 2.0):
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.etags: dict[str, str] = {}
        self.hits: Counter = Counter()
        self.conditional: Counter = Counter()      # requests that carried a validator
        self.posts: list[bytes] = []
        self.slow = slow
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.hits[self.path] += 1
                if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                    outer.conditional[self.path] += 1
                if self.path.startswith("/slow"):
                    time.sleep(outer.slow)
                etag = outer.etags.get(self.path)
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                status, ctype, body = outer.routes.get(self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", formatdate(usegmt=True))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):  # noqa: N802
                outer.posts.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                self.send_response(204)
                self.end_headers()

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):  # clients giving up on /slow is expected
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def feed(self, path: str, title: str, articles, etag: str | None = None) -> None:
        items = [(t, d, text, f"{self.base}/news/{'-'.join(t.lower().split())}") for t, d, text in articles]
        self.routes[path] = (200, "application/rss+xml", rss(title, items))
        if etag:
            self.etags[path] = etag

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
