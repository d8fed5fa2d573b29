"""RFC 2684 encapsulations: exact header bytes, round trips, malformed headers."""

import pytest
from scapy.layers.inet import IP, UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Ether
from vcnic.atm.aal5 import reassemble, segment
from vcnic.atm.rfc2684 import Encapsulation, decapsulate, encapsulate

IPV4 = IP(src="192.0.2.1", dst="198.51.100.7") / UDP(sport=1234, dport=5000) / b"payload"
IPV6 = IPv6(src="2001:db8::1", dst="2001:db8::2") / UDP(sport=1, dport=2) / b"six"
FRAME = Ether(dst="02:00:00:00:00:02", src="02:00:00:00:00:01") / IPV4

# domain.md section 4
CASES = [
    (Encapsulation.LLC_ROUTED, IPV4, "aaaa030000000800"),
    (Encapsulation.LLC_ROUTED, IPV6, "aaaa0300000086dd"),
    (Encapsulation.LLC_BRIDGED, FRAME, "aaaa030080c200070000"),
    (Encapsulation.VCMUX_ROUTED, IPV4, ""),
    (Encapsulation.VCMUX_ROUTED, IPV6, ""),
    (Encapsulation.VCMUX_BRIDGED, FRAME, "0000"),
]


@pytest.mark.parametrize(("encap", "pkt", "prefix"), CASES)
def test_exact_prefix_and_round_trip(encap, pkt, prefix):
    sdu = encapsulate(pkt, encap)
    assert sdu == bytes.fromhex(prefix) + bytes(pkt)
    assert encapsulate(bytes(pkt), encap) == sdu  # bytes in, same bytes out
    back = decapsulate(sdu, encap)
    assert type(back) is type(pkt)
    assert bytes(back) == bytes(pkt)


@pytest.mark.parametrize(("encap", "pkt", "_"), CASES)
def test_through_aal5(encap, pkt, _):
    sdu = encapsulate(pkt, encap)
    pdu = reassemble([c.payload for c in segment(sdu, 0, 35)])
    back = decapsulate(pdu.sdu, encap)
    assert back[UDP].dport == pkt[UDP].dport


def test_decapsulated_fields():
    ip = decapsulate(encapsulate(IPV4, Encapsulation.LLC_ROUTED), Encapsulation.LLC_ROUTED)
    assert (ip.dst, ip[UDP].dport, bytes(ip[UDP].payload)) == ("198.51.100.7", 5000, b"payload")
    eth = decapsulate(encapsulate(FRAME, Encapsulation.VCMUX_BRIDGED), Encapsulation.VCMUX_BRIDGED)
    assert (eth.dst, eth[IP].dst) == ("02:00:00:00:00:02", "198.51.100.7")


@pytest.mark.parametrize(
    ("encap", "pkt", "match"),
    [
        (Encapsulation.LLC_ROUTED, b"", "IP version"),
        (Encapsulation.LLC_ROUTED, Ether() / IPV4, "IP version"),
        (Encapsulation.VCMUX_ROUTED, b"\x10abc", "IP version is 1"),
        (Encapsulation.LLC_BRIDGED, bytes(13), "too short"),
        (Encapsulation.VCMUX_BRIDGED, b"", "too short"),
    ],
)
def test_encapsulate_rejects(encap, pkt, match):
    with pytest.raises(ValueError, match=match):
        encapsulate(pkt, encap)


LLC4 = bytes.fromhex("aaaa030000000800")
BRIDGED = bytes.fromhex("aaaa030080c20007")


@pytest.mark.parametrize(
    ("encap", "data", "match"),
    [
        (Encapsulation.LLC_ROUTED, b"\xaa\xaa\x03", "needs 8 bytes"),
        (Encapsulation.LLC_ROUTED, bytes.fromhex("fefe030000000800") + bytes(IPV4), "AA AA 03"),
        (Encapsulation.LLC_ROUTED, bytes.fromhex("aaaa030000010800") + bytes(IPV4), "OUI"),
        (Encapsulation.LLC_ROUTED, bytes.fromhex("aaaa030000000806") + bytes(IPV4), "0x0806"),
        (Encapsulation.LLC_ROUTED, bytes.fromhex("aaaa0300000086dd") + bytes(IPV4), "nibble"),
        (Encapsulation.LLC_ROUTED, LLC4, "IP version is None"),
        (Encapsulation.LLC_BRIDGED, LLC4 + bytes(IPV4), "OUI 00-80-C2"),
        (Encapsulation.LLC_BRIDGED, bytes.fromhex("aaaa030080c20001") + bytes(20), "0x0001"),
        (Encapsulation.LLC_BRIDGED, BRIDGED + b"\x00\x01" + bytes(FRAME), "pad must be 00 00"),
        (Encapsulation.LLC_BRIDGED, BRIDGED + b"\x00\x00" + bytes(10), "too short"),
        (Encapsulation.VCMUX_BRIDGED, b"\xff\xff" + bytes(FRAME), "pad must be 00 00"),
        (Encapsulation.VCMUX_ROUTED, b"\x00" + bytes(IPV4), "IP version is 0"),
    ],
)
def test_decapsulate_rejects_malformed_headers(encap, data, match):
    with pytest.raises(ValueError, match=match):
        decapsulate(data, encap)
