"""Chat app (placeholder until the full app lands): ask the indexed articles."""

import streamlit as st

from factcheck import FactChecker, FactCheckError


@st.cache_resource
def checker() -> FactChecker:
    return FactChecker.open()


st.title("factcheck")
if prompt := st.chat_input("Ask a question or check a claim"):
    try:
        answer = checker().ask(prompt)
        st.write(f"**{answer.verdict.value}** — {answer.text}")
    except FactCheckError as exc:
        st.error(str(exc))
