"""SunATM and ERF captures: read back by scapy, checked byte by byte, and by tshark."""

import os
import shutil
import struct
import subprocess

import pytest
from scapy.layers.inet import IP, UDP
from scapy.layers.l2 import Ether
from scapy.utils import rdpcap
from vcnic.atm.aal5 import segment
from vcnic.atm.capture import (
    ATMCell,
    ErfCellWriter,
    ErfFileWriter,
    ERFHeader,
    SunATM,
    SunAtmPcapWriter,
    cell_capture,
    erf_atm_record,
)
from vcnic.atm.cell import Cell, CellHeader
from vcnic.atm.rfc2684 import Encapsulation, encapsulate

PKT = IP(src="10.0.0.1", dst="10.1.2.3") / UDP(sport=1000, dport=4242) / b"hello"
FRAME = Ether(dst="02:00:00:00:00:02", src="02:00:00:00:00:01") / PKT


def _pcap_records(path):
    """(linktype, [(sec, usec, incl_len, orig_len, data)]) from a classic pcap file."""
    raw = path.read_bytes()
    endian = "<" if raw[:4] == b"\xd4\xc3\xb2\xa1" else ">"
    magic, major, minor, _, _, _, linktype = struct.unpack(endian + "IHHiIII", raw[:24])
    assert (magic, major, minor) == (0xA1B2C3D4, 2, 4)
    records, off = [], 24
    while off < len(raw):
        sec, usec, incl, orig = struct.unpack(endian + "IIII", raw[off : off + 16])
        records.append((sec, usec, incl, orig, raw[off + 16 : off + 16 + incl]))
        off += 16 + incl
    return linktype, records


@pytest.fixture
def sunatm_file(tmp_path):
    path = tmp_path / "pdus.pcap"
    with SunAtmPcapWriter(path) as w:
        w.write(0, 35, encapsulate(PKT, Encapsulation.LLC_ROUTED), "tx", ts=100.25)
        w.write(2, 1000, encapsulate(FRAME, Encapsulation.LLC_BRIDGED), "rx", ts=101.5)
    return path


@pytest.fixture
def erf_file(tmp_path):
    path = tmp_path / "cells.pcap"
    cells = segment(b"x" * 60, vpi=5, vci=77, clp=1)
    with ErfCellWriter(path) as w:
        w.write(cells[0].to_bytes(), ts=7.5)  # 53 bytes: HEC dropped
        w.write(cells[1].to_bytes()[:4] + cells[1].to_bytes()[5:], ts=8.25, iface=1)  # 52
    return path, cells


def test_sunatm_file_bytes(sunatm_file):
    linktype, records = _pcap_records(sunatm_file)
    assert linktype == 123
    sec, usec, incl, orig, data = records[0]
    assert (sec, usec) == (100, 250000)
    assert incl == orig == 4 + 8 + len(PKT)
    assert data[:4] == bytes.fromhex("82 00 0023")  # tx | LLC-mux, VPI 0, VCI 35
    assert data[4:12] == bytes.fromhex("aaaa030000000800")
    assert records[1][4][:4] == bytes.fromhex("02 02 03e8")  # rx, VPI 2, VCI 1000


def test_sunatm_read_back_with_rdpcap(sunatm_file):
    first, second = rdpcap(str(sunatm_file))
    assert (first[SunATM].vpi, first[SunATM].vci, first[SunATM].dir) == (0, 35, 1)
    assert (first[IP].dst, first[UDP].dport, bytes(first[UDP].payload)) == (
        "10.1.2.3",
        4242,
        b"hello",
    )
    assert float(first.time) == 100.25
    assert (second[SunATM].vpi, second[SunATM].vci, second[SunATM].dir) == (2, 1000, 0)
    assert second[Ether].dst == "02:00:00:00:00:02" and second[UDP].dport == 4242


def test_sunatm_writer_validates(tmp_path):
    with SunAtmPcapWriter(tmp_path / "x.pcap") as w:
        with pytest.raises(ValueError, match="direction"):
            w.write(0, 32, b"", "up")
        with pytest.raises(ValueError, match="8-bit VPI"):
            w.write(256, 32, b"", "rx")


def test_erf_file_bytes_field_by_field(erf_file):
    path, cells = erf_file
    linktype, records = _pcap_records(path)
    assert linktype == 197
    assert len(records) == 2
    for (sec, usec, incl, orig, rec), cell, ts, iface in zip(
        records, cells, (7.5, 8.25), (0, 1), strict=True
    ):
        assert (sec, usec) == (int(ts), round(ts % 1 * 1e6))
        assert incl == orig == 68
        assert struct.unpack("<Q", rec[0:8])[0] == int(ts * 2**32)  # LE 32.32 fixed point
        assert rec[8] == 3  # ERF type ATM, no extension header
        assert rec[9] == iface  # flags: capture interface
        assert struct.unpack(">HHH", rec[10:16]) == (68, 0, 52)  # rlen, lctr, wlen
        raw = cell.to_bytes()
        assert rec[16:20] == raw[:4]  # header without HEC
        assert rec[20:] == raw[5:]  # 48 payload bytes


def test_erf_read_back_with_rdpcap(erf_file):
    path, cells = erf_file
    pkts = rdpcap(str(path))
    got = [(p[ATMCell].vpi, p[ATMCell].vci, p[ATMCell].pti, p[ATMCell].clp) for p in pkts]
    assert got == [(5, 77, 0, 1), (5, 77, 1, 1)]
    assert [bytes(p[ATMCell].payload) for p in pkts] == [c.payload for c in cells]
    assert [(p[ERFHeader].rlen, p[ERFHeader].wlen) for p in pkts] == [(68, 52), (68, 52)]


def test_erf_writer_validates(tmp_path):
    with ErfCellWriter(tmp_path / "x.pcap") as w:
        with pytest.raises(ValueError, match="53 bytes"):
            w.write(bytes(48), ts=0.0)
        with pytest.raises(ValueError, match="2 bits"):
            w.write(bytes(52), ts=0.0, iface=4)
        w.write(Cell(CellHeader(vci=32), bytes(48)), ts=0.0)  # a Cell object is fine too


def _tshark_exe():
    exe = shutil.which("tshark")
    if exe is None:
        if os.environ.get("VCNIC_TSHARK") == "1":  # CI installs it: never skip there
            pytest.fail("VCNIC_TSHARK=1 but tshark is not installed")
        pytest.skip("tshark not installed: apt-get install tshark to cross-check captures")
    return exe


def _tshark(path, *fields):
    exe = _tshark_exe()
    cmd = [exe, "-r", str(path), "-T", "fields"]
    for f in fields:
        cmd += ["-e", f]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def test_tshark_decodes_sunatm(sunatm_file):
    rows = _tshark(sunatm_file, "atm.vpi", "atm.vci", "atm.channel", "ip.dst", "udp.dstport")
    # atm.channel: 0 = DTE->DCE (our tx), 1 = DCE->DTE (rx)
    assert rows == [["0", "35", "0", "10.1.2.3", "4242"], ["2", "1000", "1", "10.1.2.3", "4242"]]


def test_tshark_decodes_erf_cells(erf_file):
    path, _ = erf_file
    rows = _tshark(
        path,
        "erf.types.type",
        "erf.rlen",
        "erf.wlen",
        "atm.vpi",
        "atm.vci",
        "atm.payload_type",
        "atm.cell_loss_priority",
    )
    assert rows == [["3", "68", "52", "5", "77", "0", "1"], ["3", "68", "52", "5", "77", "1", "1"]]


# --- what the captures hold, as a new user meets them (issue 10, section 5) -----------


def test_sunatm_marks_only_llc_vcs_as_llc(tmp_path):
    path = tmp_path / "t.pcap"
    with SunAtmPcapWriter(path) as w:
        w.write(1, 40, encapsulate(PKT, Encapsulation.LLC_ROUTED), "tx", ts=1.0)
        w.write(1, 41, bytes(PKT), "tx", ts=2.0, llc=False)  # VC-mux routed: bare IP
    _, records = _pcap_records(path)
    assert [r[4][0] for r in records] == [0x82, 0x80]  # tx bit + traffic LLC / unknown
    assert records[1][4][4:] == bytes(PKT)  # the SDU as carried, not rewritten


def test_cell_capture_writes_raw_erf_for_an_erf_name_and_pcap_otherwise(tmp_path):
    cell = segment(b"abc", vpi=3, vci=99)[0]
    for name, cls in (("c.erf", ErfFileWriter), ("c.ERF", ErfFileWriter),
                      ("c.pcap", ErfCellWriter), ("c.erf.pcap", ErfCellWriter)):
        with cell_capture(tmp_path / name) as w:
            assert type(w) is cls
            w.write(cell, ts=1.5, iface=2)
    raw = (tmp_path / "c.erf").read_bytes()
    # the ERF record, no file header: ts 1.5 as LE 32.32, type 3, flags = iface 2,
    # rlen 68, lctr 0, wlen 52, then the cell without its HEC
    assert raw == erf_atm_record(cell, 1.5, 2) and len(raw) == 68
    assert raw[:16] == (bytes.fromhex("00000080 01000000".replace(" ", ""))
                        + bytes([3, 2]) + (68).to_bytes(2, "big") + bytes(2)
                        + (52).to_bytes(2, "big"))
    assert raw[16:] == cell.to_bytes()[:4] + cell.to_bytes()[5:]
    linktype, records = _pcap_records(tmp_path / "c.pcap")
    assert linktype == 197 and records[0][4] == raw


def test_tshark_reads_raw_erf_as_erf(tmp_path):
    exe = _tshark_exe()
    path = tmp_path / "cells.erf"
    cells = segment(b"x" * 60, vpi=5, vci=77, clp=1)
    with ErfFileWriter(path) as w:
        for i, c in enumerate(cells):
            w.write(c, ts=7.5 + i)
    info = subprocess.run(["capinfos", "-t", str(path)], capture_output=True, text=True,
                          timeout=60) if shutil.which("capinfos") else None
    if info is not None:
        assert "Endace ERF" in info.stdout, info.stdout
    rows = _tshark(path, "erf.types.type", "atm.vpi", "atm.vci", "atm.payload_type")
    assert rows == [["3", "5", "77", "0"], ["3", "5", "77", "1"]]
    assert exe


def test_tshark_decodes_a_scenario_capture_without_malformed(tmp_path):
    """Seed 7 has raw and VC-multiplexed VCs: marked LLC they were 14 Malformed frames."""
    import asyncio

    from vcnic.cli import run_model
    from vcnic.scenario import ScenarioConfig

    exe = _tshark_exe()
    pdus, cells = tmp_path / "s7.pcap", tmp_path / "s7.erf"
    r = asyncio.run(run_model(ScenarioConfig(seed=7, frames=200, pcap=str(pdus)),
                              cells=str(cells)))
    assert r.ok
    encs = {v["encapsulation"] for v in r.data["vcs"].values()}
    assert encs - {"llc-routed", "llc-bridged"}, encs  # VC-mux/raw VCs: this test's case
    for path in (pdus, cells):
        out = subprocess.run([exe, "-r", str(path)], capture_output=True, text=True,
                             timeout=120, check=True).stdout
        assert out.count("\n") > 10
        assert "Malformed" not in out, [x for x in out.splitlines() if "Malformed" in x][:3]
