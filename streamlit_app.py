"""factcheck chat app: ask questions about your articles or check claims against them.

UI only: every decision is the package's (`factcheck.FactChecker` through `factcheck.ui`).
The index folder is `FACTCHECK_INDEX` (else the default); `make run` ingests the seeds first.
"""

from __future__ import annotations

import os

import streamlit as st

from factcheck import Answer, FactChecker, FactCheckError, Stance
from factcheck import ui

st.set_page_config(page_title="factcheck", page_icon=":material/fact_check:", layout="wide")

EXAMPLES = [  # about the seed article: questions and claims, Italian and English, every verdict
    "Chi ha preso l'iniziativa della telefonata tra Lavrov e Rubio?",
    "Waltz è il consigliere per la sicurezza nazionale.",
    "Obama avviò la linea sulle missioni diplomatiche russe nel 2014.",
    "Where are Rubio, Waltz and Witkoff heading?",
    "Obama started the policy on Russian diplomatic missions in 2014.",
    "Who won the 2022 World Cup?",
]
LANG_OPTIONS = {"auto": "Auto", "it": "Italiano", "en": "English"}
LANG_NAMES = {"it": "Italian", "en": "English"}
CSS = """<style>
.fc-article { white-space: pre-wrap; line-height: 1.65; font-size: 0.98rem; overflow-wrap: anywhere; }
.fc-hl { border-radius: 4px; padding: 1px 2px; color: inherit; }
.fc-supports { background: rgba(33, 195, 84, 0.22); box-shadow: inset 0 -2px 0 rgba(33, 160, 70, 0.8); }
.fc-refutes { background: rgba(255, 75, 75, 0.20); box-shadow: inset 0 -2px 0 rgba(220, 40, 40, 0.85); }
.fc-neutral { background: rgba(255, 200, 40, 0.28); box-shadow: inset 0 -2px 0 rgba(200, 150, 0, 0.8); }
.fc-supports.fc-focus { background: rgba(33, 195, 84, 0.36); }
.fc-refutes.fc-focus { background: rgba(255, 75, 75, 0.32); }
.fc-neutral.fc-focus { background: rgba(255, 200, 40, 0.45); }
.fc-conflict { background: rgba(255, 75, 75, 0.45); font-weight: 600; text-decoration: underline wavy #c62828; }
.fc-num { font-size: 0.7em; font-weight: 700; margin-left: 2px; color: #555; }
.fc-legend { font-size: 0.8rem; color: #666; }
.fc-legend mark { margin-right: 0.6rem; }
[data-testid="stLayoutWrapper"]:has(> .st-key-article_pane) { position: sticky; top: 3.75rem; z-index: 1; }
.st-key-article_box { height: calc(100vh - 21rem) !important; min-height: 14rem; }
[class*="st-key-cite_"] button { justify-content: flex-start; text-align: left; padding: 0.35rem 0.6rem;
  border-left: 3px solid rgba(200, 150, 0, 0.8); border-radius: 0 6px 6px 0; background: rgba(128, 128, 128, 0.06); }
[class*="st-key-cite_"] button p { text-align: left; }
[class*="st-key-cite_"][class*="_supports"] button { border-left-color: rgba(33, 160, 70, 0.9); }
[class*="st-key-cite_"][class*="_refutes"] button { border-left-color: rgba(220, 40, 40, 0.9); }
[class*="st-key-cite_"] button:hover { background: rgba(128, 128, 128, 0.14); }
[data-testid="stAppDeployButton"] { display: none; }
</style>"""


@st.cache_resource(show_spinner="Loading the model and the index…")
def shared_checker(location: str) -> ui.SharedChecker:
    """One FactChecker per process and index folder, shared by every browser tab."""
    checker = ui.SharedChecker(FactChecker.open(location or None, lock_timeout=10.0))
    checker.warm_up(background=True)
    return checker


def init_state() -> None:
    st.session_state.setdefault("messages", [])  # {"role": "user"|"assistant", "content"|"answer"|"error"}
    st.session_state.setdefault("view", None)  # (reply index, doc_id, citation number) shown in the pane
    st.session_state.setdefault("flash", [])  # (level, message) shown once in the sidebar
    st.session_state.setdefault("uploader_round", 0)


def flash(level: str, message: str) -> None:
    st.session_state.flash.append((level, message))


# ---------- callbacks (run before the script, so the page shows their result) ----------


def on_upload(fc: ui.SharedChecker, key: str) -> None:
    files = st.session_state.get(key) or []
    for file in files:
        try:
            report = fc.add_upload(file.getvalue(), file.name)
        except FactCheckError as exc:
            flash("error", str(exc))
            continue
        flash("success", ui.report_message(report))
        added = report.added or report.unchanged
        if added:
            st.session_state.pane_doc = added[0].doc_id
    st.session_state.uploader_round += 1  # a fresh uploader: each file is ingested once


def on_paste(fc: ui.SharedChecker) -> None:
    try:
        report = fc.add_text(st.session_state.paste_text, st.session_state.paste_title)
    except FactCheckError as exc:
        flash("error", str(exc))  # the text stays in the box, nothing is lost
        return
    flash("success", ui.report_message(report))
    st.session_state.paste_text = st.session_state.paste_title = ""
    added = report.added or report.unchanged
    if added:
        st.session_state.pane_doc = added[0].doc_id


def on_remove(fc: ui.SharedChecker, doc_id: str) -> None:
    try:
        info = fc.remove(doc_id)
    except FactCheckError as exc:
        flash("error", str(exc))
        return
    flash("success", f"Removed «{ui.short(info.title)}».")
    if st.session_state.get("pane_doc") == doc_id:
        del st.session_state["pane_doc"]


def on_cite(reply: int, doc_id: str, number: int) -> None:
    st.session_state.view = (reply, doc_id, number)
    st.session_state.pane_doc = doc_id


def on_example() -> None:
    if choice := st.session_state.get("example"):
        st.session_state.pending = choice
    st.session_state.example = None


def on_new_chat() -> None:
    st.session_state.messages = []
    st.session_state.view = None


# ---------- page parts ----------


def sidebar(fc: ui.SharedChecker, docs) -> tuple[int, str | None]:
    with st.sidebar:
        st.title(":material/fact_check: factcheck")
        st.caption("Answers questions and checks claims against your articles, citing the exact sentences.")

        st.subheader(f"Articles ({len(docs)})")
        if not docs:
            st.info("No articles yet. Add one below: upload a file or paste its text.", icon=":material/info:")
        for info in docs:
            text, button = st.columns([6, 1], vertical_alignment="center")
            text.markdown(f"{ui.md_escape(ui.short(info.title, 70))}  \n"
                          f":gray[{info.n_sentences} sentences · {LANG_NAMES.get(info.lang, info.lang or '?')}]")
            button.button("", icon=":material/delete:", key=f"remove_{info.doc_id}", type="tertiary",
                          help=f"Remove «{ui.md_escape(ui.short(info.title))}» from the index",
                          on_click=on_remove, args=(fc, info.doc_id))

        st.subheader("Add an article")
        with st.container():  # always drawn, so the tabs below keep their place (and the open tab)
            for level, message in st.session_state.flash:  # here, where the user looks after adding
                (st.error if level == "error" else st.success)(ui.md_escape(message))
        st.session_state.flash = []
        upload_tab, paste_tab = st.tabs([":material/upload_file: Upload", ":material/content_paste: Paste"],
                                        key="add_tab")
        with upload_tab:
            key = f"uploader_{st.session_state.uploader_round}"
            # No `type=` filter: a wrong file reaches load_bytes, whose message says what to give instead.
            st.file_uploader("Article files: .txt, .md or .html", accept_multiple_files=True, key=key,
                             max_upload_size=5, on_change=on_upload, args=(fc, key))
        with paste_tab:
            with st.form("paste", border=False):
                st.text_input("Title", key="paste_title", placeholder="e.g. Lavrov and Rubio talk by phone")
                st.text_area("Article text", key="paste_text", height=150, placeholder="Paste the article here")
                st.form_submit_button("Add article", icon=":material/add:", on_click=on_paste, args=(fc,))

        st.subheader("Settings")
        k = st.slider("Passages per answer", 1, 10, 5, key="k",
                      help="How many article sentences each answer weighs and cites at most.")
        lang = st.segmented_control("Answer language", list(LANG_OPTIONS), format_func=LANG_OPTIONS.get,
                                    default="auto", required=True, key="lang",
                                    help="Auto answers in the language of your question.")
        writer = f"language model **{fc.llm_name}**" if fc.llm_name else "extractive (set FACTCHECK_LLM for a language model)"
        st.caption(f"Verifier: **{fc.verifier_name}** · embeddings: **{fc.embedder_name}**  \n"
                   f"Replies: {writer}  \nIndex: `{fc.location}`")
    return k, None if lang in (None, "auto") else lang


def empty_state() -> None:
    st.markdown("#### Ask a question or check a claim")
    st.markdown("Type in Italian or English below. Each reply gets a verdict — **Supported**, **Refuted** or "
                "**Not in the article** — with the sentences it rests on, highlighted in the article on the right.")
    st.pills("Try an example", EXAMPLES, key="example", on_change=on_example, wrap=True)


def show_answer(answer: Answer, reply: int, known_docs: set[str]) -> None:
    label, icon, colour = ui.badge(answer)
    lang = answer.lang
    with st.container(horizontal=True, vertical_alignment="center", gap="small"):
        st.badge(label, icon=icon, color=colour)
        st.caption(f"{ui.word(str(answer.kind), lang)} · {ui.word('confidence', lang)} "
                   f"{answer.confidence:.0%} · {answer.latency_ms:.0f} ms")
    st.markdown(ui.md_escape(answer.text))
    main, more = ui.split_citations(answer)
    if main:
        st.markdown(f"**{ui.word('sources', lang)}**")
        for n, c in main:
            citation(answer, reply, n, c, known_docs)
    if more:
        with st.expander(f"{ui.word('more', lang)} ({len(more)})"):
            for n, c in more:
                citation(answer, reply, n, c, known_docs)


def citation(answer: Answer, reply: int, n: int, c, known_docs: set[str]) -> None:
    lang = answer.lang
    present = c.doc_id in known_docs
    title = ui.short(c.title or c.doc_id, 70 if present else 50)
    if not present:
        title += f" ({ui.word('removed', lang)})"
    label = (f"**[{n}]** {ui.STANCE_ICON[c.stance]} {ui.md_escape(ui.short(c.text, 220))}  \n"
             f":gray[— {ui.md_escape(title)} · {ui.word(c.stance, lang)}]")
    st.button(label, key=f"cite_{reply}_{n}_{c.stance.value}", type="tertiary", disabled=not present,
              width="stretch", help=ui.word("show", lang), on_click=on_cite, args=(reply, c.doc_id, n))


def chat(fc: ui.SharedChecker, docs, k: int, lang: str | None, prompt: str | None) -> None:
    known = {d.doc_id for d in docs}
    with st.container(horizontal=True, vertical_alignment="center"):
        st.subheader("Chat", width="stretch")
        st.button("New chat", icon=":material/add_comment:", on_click=on_new_chat,
                  disabled=not st.session_state.messages)
    messages = st.session_state.messages
    if not docs:
        st.info("**The index has no articles.** Add one in the sidebar: upload a .txt, .md or .html file, "
                "or paste the text with a title. Then ask about it here.", icon=":material/library_add:")
    elif not messages and not prompt:
        empty_state()
    for i, m in enumerate(messages):
        with st.chat_message(m["role"]):
            if m["role"] == "user":
                st.markdown(ui.md_escape(m["content"]))
            elif "error" in m:
                st.error(ui.md_escape(m["error"]))
            else:
                show_answer(m["answer"], i, known)
    if not prompt:
        return
    messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(ui.md_escape(prompt))
    with st.chat_message("assistant"):
        try:
            if fc.llm_name:  # a language model writes the reply: show its draft while it comes
                draft, box, answer = "", st.empty(), None
                with st.spinner("Checking the articles and writing the reply…"):
                    for item in fc.ask_stream(prompt, k=k, lang=lang):
                        if isinstance(item, str):
                            draft += item
                            box.caption(ui.md_escape(draft) + " ▌")  # unchecked draft, shown muted
                        else:
                            answer = item
                box.empty()  # only the checked reply stays
            else:
                with st.spinner("Checking the articles…"):
                    answer = fc.ask(prompt, k=k, lang=lang)
        except FactCheckError as exc:
            messages.append({"role": "assistant", "error": str(exc)})
            st.error(ui.md_escape(str(exc)))
            return
        reply = len(messages)
        messages.append({"role": "assistant", "answer": answer})
        show_answer(answer, reply, known)
    main, _ = ui.split_citations(answer)
    if main:
        st.session_state.view = (reply, main[0][1].doc_id, main[0][0])
        st.session_state.pane_doc = main[0][1].doc_id


def article_pane(fc: ui.SharedChecker, docs) -> None:
    with st.container(key="article_pane"):
        if not docs:
            st.subheader("Article")
            st.caption("The article you ask about appears here, with the cited sentences highlighted.")
            return
        titles = {d.doc_id: d.title for d in docs}
        if st.session_state.get("pane_doc") not in titles:
            st.session_state.pane_doc = docs[0].doc_id
        doc_id = st.selectbox("Article", list(titles), format_func=lambda d: ui.short(titles[d], 90), key="pane_doc")
        info = next(d for d in docs if d.doc_id == doc_id)
        st.caption(f"{info.n_sentences} sentences · {LANG_NAMES.get(info.lang, info.lang or '?')} · "
                   f"{ui.md_escape(info.source or 'pasted')}")
        view = st.session_state.view
        answer, focus = None, None
        if view is not None:
            reply, view_doc, number = view
            messages = st.session_state.messages
            if reply < len(messages) and "answer" in messages[reply]:
                answer = messages[reply]["answer"]
                focus = number if view_doc == doc_id else None
        try:
            document = fc.document(doc_id)
        except FactCheckError as exc:
            st.error(ui.md_escape(str(exc)))
            return
        marks, conflicts = ui.highlights_for(answer, doc_id, also=focus)
        lang = answer.lang if answer else "en"
        if marks:
            present = {m.stance for m in marks}
            st.html(f'<div class="fc-legend">{ui.word("highlighted", lang)}: ' + "".join(
                f'<mark class="fc-hl fc-{s.value}">{ui.word(s, lang)}</mark>' for s in Stance if s in present)
                + "</div>")
        anchor = f"fc-focus-{abs(hash((view, doc_id))) % 10**8}"
        with st.container(height=560, border=True, key="article_box"):
            st.html(ui.article_html(document.text, marks, conflicts, focus=focus, anchor=anchor, lang=lang))


def main() -> None:
    init_state()
    st.html(CSS)
    try:
        fc = shared_checker(os.environ.get("FACTCHECK_INDEX", ""))
        docs = fc.documents()
    except FactCheckError as exc:
        st.error(ui.md_escape(str(exc)))
        st.stop()
    k, lang = sidebar(fc, docs)
    prompt = st.chat_input("Ask a question or paste a claim to check…" if docs else "Add an article first",
                           max_chars=2000, disabled=not docs)
    prompt = prompt or st.session_state.pop("pending", None)
    left, right = st.columns([1.1, 1], gap="large")
    with left:
        chat(fc, docs, k, lang, prompt if docs else None)
    with right:
        article_pane(fc, docs)
    st.html(ui.SCROLL_SCRIPT, unsafe_allow_javascript=True)  # our own constant script, no article text


main()
