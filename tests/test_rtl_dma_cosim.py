"""The main job over the DMA host interface (issue 12): `vcnic sim --backend rtl --host dma`
runs the driver's ring manager on the NIC (vcnic_nic_harness), agrees with the model, and
the cells on the line, decoded here without the project's own code (ERF records parsed by
hand, AAL5 reassembled and its CRC-32 computed bit by bit), carry exactly the frames the
driver's pcap says it sent, byte for byte."""

from __future__ import annotations

import json
import os
import struct
from collections import defaultdict

import pytest
from scapy.utils import RawPcapReader
from vcnic import cli

pytestmark = pytest.mark.rtl

SEED = int(os.environ.get("VCNIC_SEED", "1"))


def _crc32_aal5(data: bytes) -> int:
    """CRC-32 of ITU-T I.363.5: polynomial 0x04C11DB7, MSB first, preset and final
    complement (written out bit by bit: no table, no library shared with vcnic)."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) & 0xFFFFFFFF if crc & 0x80000000 else \
                (crc << 1) & 0xFFFFFFFF
    return crc ^ 0xFFFFFFFF


def line_pdus(erf: bytes) -> tuple[dict[tuple[int, int], list[bytes]], int]:
    """SDUs of good AAL5 PDUs per (VPI, VCI) in line order, and the count of PDUs whose
    CRC or length failed (a frame cut short on the line, e.g. by a deactivation)."""
    cells: dict[tuple[int, int], list[bytes]] = defaultdict(list)
    out: dict[tuple[int, int], list[bytes]] = defaultdict(list)
    bad = 0
    off = 0
    while off < len(erf):
        rtype, rlen, wlen = erf[off + 8], *struct.unpack(">HxxH", erf[off + 10:off + 16])
        assert rtype == 3 and rlen == 68 and wlen == 52, (off, rtype, rlen, wlen)
        hdr = struct.unpack(">I", erf[off + 16:off + 20])[0]  # UNI: GFC VPI VCI PTI CLP
        payload = erf[off + 20:off + 68]
        off += rlen
        vpi, vci, pti = (hdr >> 20) & 0xFF, (hdr >> 4) & 0xFFFF, (hdr >> 1) & 7
        assert pti < 4, f"non-user cell PTI {pti} on the line"
        key = (vpi, vci)
        cells[key].append(payload)
        if pti & 1:  # AAU = 1: the PDU's last cell
            pdu = b"".join(cells.pop(key))
            length = struct.unpack(">H", pdu[-6:-4])[0]
            crc_ok = _crc32_aal5(pdu[:-4]) == struct.unpack(">I", pdu[-4:])[0]
            if crc_ok and 0 < length <= len(pdu) - 8 and len(pdu) - 8 - length < 48:
                out[key].append(pdu[:length])
            else:
                bad += 1
    return out, bad


def pcap_sdus(path) -> dict[tuple[int, int], list[bytes]]:
    """The driver's TX SDUs per (VPI, VCI) from its SunATM pcap (parsed by hand)."""
    out: dict[tuple[int, int], list[bytes]] = defaultdict(list)
    for data, _meta in RawPcapReader(str(path)):
        flags, vpi, vci = data[0], data[1], struct.unpack(">H", data[2:4])[0]
        if flags & 0x80:  # direction bit: 1 = sent
            out[(vpi, vci)].append(bytes(data[4:]))
    return out


@pytest.mark.parametrize("seed", [SEED, SEED + 6])
def test_main_job_over_dma(seed, tmp_path, capsys):
    cells, pcap, js = tmp_path / "line.erf", tmp_path / "pdus.pcap", tmp_path / "r.json"
    rc = cli.main(["sim", "--backend", "rtl", "--host", "dma", "--seed", str(seed),
                   "--cells", str(cells), "--pcap", str(pcap), "--json", str(js)])
    text = capsys.readouterr().out
    assert rc == 0, text
    assert "RTL and model agree" in text and "verdict: PASS" in text, text
    d = json.loads(js.read_text())
    assert d["_rtl"]["port"] == "dma" and d["config"]["host"] == "dma"
    totals = d["ledger"]["totals"]
    line, bad = line_pdus(cells.read_bytes())
    sent = pcap_sdus(pcap)
    assert sum(map(len, sent.values())) == totals["delivered"] > 0
    extra = 0
    for key, sdus in sent.items():
        got = line.get(key, [])
        i = 0
        for g in got:  # the sent SDUs, in order, among the good PDUs on the line
            if i < len(sdus) and g == sdus[i]:
                i += 1
            else:
                extra += 1
        assert i == len(sdus), (f"VPI/VCI {key}: SDU {i} of {len(sdus)} (the driver's pcap) "
                                "is not on the line in order")
    extra += sum(len(v) for k, v in line.items() if k not in sent)
    # a PDU on the line that was not delivered: only a frame the core failed
    assert extra + bad <= totals["failed_by_core"], (extra, bad, totals)


def test_main_job_writes_waves_of_the_nic(tmp_path, capsys):
    """`vcnic sim --waves FILE` (the default host, DMA) writes an FST of the NIC harness."""
    fst = tmp_path / "nic.fst"
    rc = cli.main(["sim", "--frames", "20", "--vcs", "2", "--seed", str(SEED),
                   "--waves", str(fst), "--json", str(tmp_path / "r.json")])
    assert rc == 0, capsys.readouterr().out
    data = fst.read_bytes()
    assert len(data) > 4096 and data[0] == 0, len(data)  # FST header block, then more
    rtl = json.loads((tmp_path / "r.json").read_text())["_rtl"]
    assert rtl["port"] == "dma" and rtl["parameters"] and rtl["waves"] == str(fst)
