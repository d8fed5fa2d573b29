"""The simulated host memory from Python: `HdlHostMemory` (the driver's backdoor,
`vcnic.hw.HostMemory`) and `HostMemFaults` (the timing and error knobs) on rtl/tb/host_mem.v.

`HdlHostMemory(hdl)` (`hdl` = the `host_mem` instance) reads and writes the memory array
`mem` directly through VPI, as a CPU uses its RAM: no bus cycles, no simulated time. One
VPI access per memory word (WORD_W bits; a partially covered word is read, merged and
written back), by default through the simulator's own VPI functions (ctypes) with vector
values (`via="vpi"`), else through cocotb's GPI with binary strings (`via="gpi"`, also
`VCNIC_BACKDOOR=gpi`). The contract of `vcnic.hw.HostMemory`:

- a write is visible to the NIC from the next clock edge at the latest, and a read returns
  what is in the memory now (also what this time step wrote): the words are written with
  VPI vpiNoDelay (cocotb's *immediate* action on the GPI way), not `handle.value = x`, which
  cocotb 2.1 applies later in the time step (its ReadWrite phase) and which would make the
  read half of a read-modify-write see the old word: of two writes to one word in one time
  step, the first would be lost;
- the NIC's bus writes store byte lanes (part-selects) in HDL, never whole words, so a
  backdoor read-modify-write of other bytes of the same word in the same time step cannot
  undo them, whichever runs first.

Cost: per word, a VPI call and its conversion; vpiVectorVal moves 32 bits per aval/bval
pair where cocotb's binary strings take a character per bit that the simulator parses bit by
bit, and a word handle is an address, not a GPI object made with debug logging (on
Verilator 1.5x cheaper per word moved, 5x per first touch of a word; on Icarus the
simulator's own cost dominates, alike both ways); figures in docs/performance.md ("Host
memory backdoor").

`HostMemFaults(hdl)`: typed setters for host_mem's knobs (read/write latency ranges in
cycles, ready/valid throttles as probabilities, an error window, one-shot errors, the seed)
and its status counters; see rtl/tb/host_mem.v and docs/testbench.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import cocotb
from cocotb.handle import Immediate
from cocotb.simtime import get_sim_time

from .hdl_values import XZ
from .hdl_values import hdl_int as _int

__all__ = ["DECERR", "OKAY", "SLVERR", "HdlHostMemory", "HostMemFaults", "HostMemStats"]

OKAY, SLVERR, DECERR = 0, 2, 3

try:  # cocotb 2.1: the VPI action of `Immediate` (vpiNoDelay), for the raw handle calls
    from cocotb.handle import _GPISetAction

    _NO_DELAY: int | None = _GPISetAction.NO_DELAY.value
except (ImportError, AttributeError):  # pragma: no cover - another cocotb: the public API
    _NO_DELAY = None



class _VpiWords:
    """The words of one memory array through the simulator's own VPI (ctypes), as
    vpiVectorVal: 32 bits per aval/bval pair, no binary string, no GPI object per word
    (cocotb's handles cost a lookup with debug logging and a Python object each; a VPI
    handle is an address). The VPI functions are the simulator executable's (Icarus'
    vvp and a Verilator model built with --vpi export them to their VPI libraries).
    Raises OSError, AttributeError or LookupError when that is not available."""

    # vpiVectorVal, vpiHexStrVal, vpiNoDelay, vpiRawTwoStateVal (vpi_user.h)
    _VECTOR, _HEX, _NO_DELAY, _RAW2 = 9, 4, 1, 17

    def __init__(self, path: str, words: int, word_bits: int, *, hex_reads: bool = False):
        import ctypes

        if word_bits % 32:
            raise LookupError("vpiVectorVal path: words of a multiple of 32 bits")

        class VecVal(ctypes.Structure):
            _fields_ = [("aval", ctypes.c_uint32), ("bval", ctypes.c_uint32)]

        class Value(ctypes.Structure):  # s_vpi_value: format, then the (8-aligned) union
            _fields_ = [("format", ctypes.c_int32), ("value", ctypes.c_void_p)]

        lib = ctypes.CDLL(None)
        vp = ctypes.c_void_p
        by_name = lib.vpi_handle_by_name
        by_name.restype, by_name.argtypes = vp, [ctypes.c_char_p, vp]
        self._by_index = lib.vpi_handle_by_index
        self._by_index.restype, self._by_index.argtypes = vp, [vp, ctypes.c_int32]
        self._vpi_put = lib.vpi_put_value
        self._vpi_put.restype, self._vpi_put.argtypes = vp, [vp, vp, vp, ctypes.c_int32]
        self._vpi_get = lib.vpi_get_value
        self._vpi_get.restype, self._vpi_get.argtypes = None, [vp, vp]
        self._arr = by_name(path.encode(), None)
        if not self._arr:
            raise LookupError(f"vpi_handle_by_name({path!r}) found nothing")
        self.n32 = word_bits // 32
        self._buf = (VecVal * self.n32)()  # the value written: bval stays 0 (no X/Z)
        self._out = memoryview(self._buf).cast("B").cast("I")
        self._put_val = Value(self._VECTOR, ctypes.addressof(self._buf))
        self._put_ref = ctypes.byref(self._put_val)
        self._get_val = Value(self._VECTOR, None)
        self._get_ref = ctypes.byref(self._get_val)
        self._zeros = bytes(4 * self.n32)
        self._vec_type = VecVal * self.n32
        self._in_ptr: int | None = None
        self._in = self._out
        self._h: list[int | None] = [None] * words
        self.wb = word_bits // 8
        # Icarus converts its 4-state words to vpiVectorVal at a cost that grows with the
        # bit changes in the value (random bytes: twice a regular pattern's) and to a hex
        # string at a flat one below that: reads there go as hex (writes stay vectors)
        self._hex = hex_reads
        self._string_at = ctypes.string_at
        # runs of words in one call: IEEE 1800's vpi_get/put_value_array with raw two-state
        # values (the words' bytes as the memory holds them). Verilator has them (it does
        # not ask for a new evaluation after an array put: host_mem reads `mem` only in
        # clocked processes, so the next edge sees the words); Icarus does not. Checked
        # against single-word access on first use; None = not checked yet, False = not used.
        self._runs: bool | None = None
        try:
            self._get_array = lib.vpi_get_value_array
            self._put_array = lib.vpi_put_value_array
        except AttributeError:
            self._runs = False
        else:
            for f in (self._get_array, self._put_array):
                f.restype, f.argtypes = None, [vp, vp, vp, ctypes.c_uint32]

            class ArrayValue(ctypes.Structure):  # s_vpi_arrayvalue
                _fields_ = [("format", ctypes.c_uint32), ("flags", ctypes.c_uint32),
                            ("value", ctypes.c_void_p)]

            self._av = ArrayValue(self._RAW2, 0, None)
            self._av_ref = ctypes.byref(self._av)
            self._index = (ctypes.c_int32 * 1)()
            self._index_ref = ctypes.byref(self._index)
            self._c_char = ctypes.c_char
            self._addressof = ctypes.addressof

    def handle(self, i: int) -> int:
        h = self._h[i]
        if h is None:
            h = self._by_index(self._arr, i)
            if not h:
                raise LookupError(f"no VPI handle for word {i}")
            self._h[i] = h
        return h

    def get(self, i: int) -> bytes:
        """Word i's bytes (X and Z bits read as 0)."""
        h = self._h[i] or self.handle(i)
        gv = self._get_val
        if self._hex:
            gv.format = self._HEX
            self._vpi_get(h, self._get_ref)
            try:
                return int(self._string_at(gv.value), 16).to_bytes(self.wb, "little")
            except ValueError:  # X/Z digits: the vector value says which bits
                pass
        gv.format = self._VECTOR
        self._vpi_get(h, self._get_ref)
        ptr = gv.value
        if ptr != self._in_ptr:  # the simulator's result buffer (usually the same one)
            self._in = memoryview(self._vec_type.from_address(ptr)).cast("B").cast("I")
            self._in_ptr = ptr
        mv = self._in
        a = mv[0::2].tobytes()
        b = mv[1::2].tobytes()
        if b != self._zeros:
            n = len(a)
            return (int.from_bytes(a, "little") & ~int.from_bytes(b, "little")).to_bytes(
                n, "little")
        return a

    def put(self, i: int, data) -> None:
        """Word i = `data` (its bytes, a bytes-like object of the word's size), at once."""
        h = self._h[i] or self.handle(i)
        self._out[0::2] = memoryview(data).cast("B").cast("I")
        self._vpi_put(h, self._put_ref, None, self._NO_DELAY)

    def read_words(self, first: int, n: int) -> bytes:
        """Words first..first+n-1, their bytes in address order."""
        if n > 1 and self._runs is not False:
            av = self._av
            av.format, av.flags, av.value = self._RAW2, 0, None
            self._index[0] = first
            self._get_array(self._arr, self._av_ref, self._index_ref, n)
            ptr = av.value
            if ptr:
                out = bytes((self._c_char * (n * self.wb)).from_address(ptr))
                if self._runs:
                    return out
                if out == b"".join([self.get(i) for i in range(first, first + n)]):
                    self._runs = True
                    return out
            self._runs = False
        return b"".join([self.get(i) for i in range(first, first + n)])

    def write_words(self, first: int, data) -> None:
        """Words from `first` on = `data` (a whole number of words), at once."""
        wb = self.wb
        n = len(data) // wb
        if n > 1 and self._runs is not False:
            buf = data if isinstance(data, bytearray) else bytearray(data)
            if not self._runs:  # a check needs words that change
                old = b"".join([self.get(i) for i in range(first, first + n)])
            av = self._av
            av.format, av.flags = self._RAW2, 0
            av.value = self._addressof((self._c_char * len(buf)).from_buffer(buf))
            self._index[0] = first
            self._put_array(self._arr, self._av_ref, self._index_ref, n)
            if self._runs:
                return
            if b"".join([self.get(i) for i in range(first, first + n)]) == buf:
                if old != buf:
                    self._runs = True
                return
            self._runs = False
        mv = memoryview(data).cast("B")
        for k in range(n):
            self.put(first + k, mv[k * wb:(k + 1) * wb])


class _GpiWords:
    """The same through cocotb's GPI (binary strings, one GPI handle per word): the way
    when the simulator's VPI symbols are not reachable (or `VCNIC_BACKDOOR=gpi`)."""

    def __init__(self, mem, word_bits: int):
        import logging

        from cocotb import simulator

        # GPI debug messages (several per new handle) are formatted in C and handed to
        # Python, which drops them: tell the C side the level the "gpi" logger really has
        simulator.set_gpi_log_level(logging.getLogger("gpi").getEffectiveLevel())
        self._mem = mem
        self._arr = mem._handle
        self._fmt = f"0{word_bits}b"
        self.nbytes = word_bits // 8
        self._h: list = [None] * len(mem)

    def handle(self, i: int):
        h = self._h[i]
        if h is None:
            h = self._h[i] = self._arr.get_handle_by_index(i)
        return h

    def get(self, i: int) -> bytes:
        s = (self._h[i] or self.handle(i)).get_signal_val_binstr()
        try:
            v = int(s, 2)
        except ValueError:  # X/Z (ZERO_INIT = 0 on Icarus): read as 0
            v = int(s.translate(XZ), 2)
        return v.to_bytes(self.nbytes, "little")

    def read_words(self, first: int, n: int) -> bytes:
        return b"".join([self.get(i) for i in range(first, first + n)])

    def write_words(self, first: int, data) -> None:
        wb = self.nbytes
        mv = memoryview(data).cast("B")
        for k in range(len(data) // wb):
            self.put(first + k, mv[k * wb:(k + 1) * wb])

    def put(self, i: int, data) -> None:
        value = int.from_bytes(data, "little")
        if _NO_DELAY is None:  # pragma: no cover
            self._mem[i].value = Immediate(value)
        else:
            (self._h[i] or self.handle(i)).set_signal_val_binstr(
                _NO_DELAY, format(value, self._fmt))


class HdlHostMemory:
    """`vcnic.hw.HostMemory` on rtl/tb/host_mem.v's array (see the module doc)."""

    def __init__(self, hdl, *, via: str | None = None):
        self.hdl = hdl
        # the parameters (readable at time 0 on every simulator, unlike initialised regs)
        self.base = _int(hdl.HOST_BASE)
        self.size = _int(hdl.HOST_SIZE)
        self._mem = hdl.mem
        self.words = len(self._mem)
        self.word_bits = len(self._mem[0])
        self.word_bytes = self.word_bits // 8
        via = via or os.environ.get("VCNIC_BACKDOOR", "vpi")
        if via not in ("vpi", "gpi"):
            raise ValueError(f"host memory backdoor via {via!r}: 'vpi' or 'gpi'")
        self._words: _VpiWords | _GpiWords
        try:
            if via != "vpi":
                raise LookupError(via)
            self._words = _VpiWords(self._mem._path, self.words, self.word_bits,
                                    hex_reads="icarus" in str(cocotb.SIM_NAME).lower())
        except (OSError, AttributeError, LookupError):
            self._words = _GpiWords(self._mem, self.word_bits)
        #: "vpi" (vpiVectorVal through the simulator's VPI) or "gpi" (cocotb's binstr)
        self.via = "vpi" if isinstance(self._words, _VpiWords) else "gpi"
        self._get, self._put = self._words.get, self._words.put
        #: statistics: backdoor calls and the words they moved
        self.reads = self.writes = self.words_read = self.words_written = 0
        self._live = False  # past time 0 (the array's initial zeroing has run)

    def _offset(self, addr: int, length: int) -> int:
        if not self._live:
            if get_sim_time() == 0:
                raise RuntimeError(
                    "host memory used at time 0: its initial block zeroes the array at time "
                    "0 and would undo this access; await a clock edge (or the reset) first")
            self._live = True
        if not isinstance(addr, int) or isinstance(addr, bool) or length < 0:
            raise ValueError(f"bad host memory access addr={addr!r} length={length!r}")
        off = addr - self.base
        if off < 0 or off + length > self.size:
            raise ValueError(
                f"host memory access 0x{addr:X}+{length} outside the populated range "
                f"0x{self.base:X}..0x{self.base + self.size:X}"
            )
        return off

    # ------------------------------------------------------------------ HostMemory
    def read(self, addr: int, length: int) -> bytes:
        """`length` bytes at `addr`, as the memory holds them now."""
        off = self._offset(addr, length)
        self.reads += 1
        if length == 0:
            return b""
        wb = self.word_bytes
        first, last = off // wb, (off + length - 1) // wb
        self.words_read += last - first + 1
        lo = off - first * wb
        if first == last:
            return self._get(first)[lo:lo + length]
        return self._words.read_words(first, last - first + 1)[lo:lo + length]

    def write(self, addr: int, data: bytes) -> None:
        """Store `data` at `addr`; the NIC sees it from the next clock edge."""
        n = len(data)
        off = self._offset(addr, n)
        self.writes += 1
        if n == 0:
            return
        wb = self.word_bytes
        first, last = off // wb, (off + n - 1) // wb
        count = last - first + 1
        self.words_written += count
        lo = off - first * wb
        hi = lo + n
        span = count * wb
        if lo == 0 and hi == span:  # whole words
            if count == 1:
                self._put(first, data)
            else:
                self._words.write_words(first, data)
            return
        # partial first and/or last word: merged into what the memory holds now
        buf = bytearray(span)
        if lo:
            buf[:wb] = self._get(first)
        if hi < span and (count > 1 or not lo):
            buf[span - wb:] = self._get(last)
        buf[lo:hi] = data
        if count == 1:
            self._put(first, buf)
        else:
            self._words.write_words(first, buf)

    def fill(self, addr: int, length: int, byte: int = 0) -> None:
        """`length` copies of `byte` at `addr` (e.g. zero a completion queue)."""
        self.write(addr, bytes([byte]) * length)


@dataclass(frozen=True)
class HostMemStats:
    """host_mem's status counters (since its last reset)."""

    cycles: int
    rd_bursts: int
    wr_bursts: int
    rd_beats: int
    wr_beats: int
    err_bursts: int
    last_err_addr: int
    last_err_resp: int
    last_err_write: bool
    viol_4k: int
    viol_wlast: int
    inj_left: int


class HostMemFaults:
    """Typed setters for rtl/tb/host_mem.v's knobs; every one takes effect at the next clock
    edge and stays until changed (a reset of the memory keeps them). Probabilities are
    floats in [0, 1) (host_mem resolves 1/256); latencies are clock cycles."""

    def __init__(self, hdl):
        self.hdl = hdl
        self._inj_arm = _int(hdl.inj_arm)
        self._seed_arm = _int(hdl.seed_arm)

    @staticmethod
    def _check_cycles(name: str, lo: int, hi: int) -> None:
        if not (0 <= lo <= hi <= 0xFFFF):
            raise ValueError(f"{name}: need 0 <= min <= max <= 65535 cycles, got {lo}..{hi}")

    def read_latency(self, cycles_min: int, cycles_max: int | None = None) -> None:
        """Cycles from an AR handshake to its first R handshake: drawn per burst uniformly
        in [cycles_min, cycles_max] (2 at least: the memory's own pipeline)."""
        hi = cycles_min if cycles_max is None else cycles_max
        self._check_cycles("read_latency", cycles_min, hi)
        self.hdl.rd_lat_min.value = cycles_min
        self.hdl.rd_lat_max.value = hi

    def write_latency(self, cycles_min: int, cycles_max: int | None = None) -> None:
        """Cycles from a burst's last W handshake to its B handshake (2 at least)."""
        hi = cycles_min if cycles_max is None else cycles_max
        self._check_cycles("write_latency", cycles_min, hi)
        self.hdl.wr_lat_min.value = cycles_min
        self.hdl.wr_lat_max.value = hi

    @staticmethod
    def _p256(name: str, p: float) -> int:
        if not (0.0 <= p < 1.0):
            raise ValueError(f"{name}: a probability in [0, 1) (1 would stall for ever), got {p}")
        return min(255, round(p * 256))

    def backpressure(self, *, ar: float = 0.0, aw: float = 0.0, w: float = 0.0,
                     r: float = 0.0, b: float = 0.0) -> None:
        """Per cycle, the probability that arready/awready/wready is low, and that no R
        beat / B response is offered (valid is never withdrawn once offered)."""
        for name, p in (("ar", ar), ("aw", aw), ("w", w), ("r", r), ("b", b)):
            sig = {"ar": "ar_stall", "aw": "aw_stall", "w": "w_stall", "r": "r_gap",
                   "b": "b_gap"}[name]
            getattr(self.hdl, sig).value = self._p256(name, p)

    def error_window(self, lo: int, hi: int, resp: int = SLVERR, *, reads: bool = True,
                     writes: bool = True) -> None:
        """Bursts touching [lo, hi) answer `resp` (SLVERR or DECERR); one window at a time
        (`clear_errors()` or hi <= lo: none)."""
        if resp not in (SLVERR, DECERR):
            raise ValueError("error_window: resp must be SLVERR (2) or DECERR (3)")
        if not (0 <= lo < 1 << 64 and 0 <= hi < 1 << 64):
            raise ValueError("error_window: 64-bit addresses")
        h = self.hdl
        h.err_lo.value = lo
        h.err_hi.value = hi
        h.err_resp.value = resp
        h.err_rd.value = int(reads)
        h.err_wr.value = int(writes)

    def inject_error(self, kind: str = "any", count: int = 1, resp: int = SLVERR, *,
                     at: int = 0) -> None:
        """The next `count` bursts of `kind` ("read", "write", "any") inside host memory
        that reach address `at` or beyond answer `resp` (replaces what is left of an
        earlier injection)."""
        kinds = {"read": 1, "write": 2, "any": 3}
        if kind not in kinds or resp not in (SLVERR, DECERR) or not 0 <= count < 1 << 32:
            raise ValueError("inject_error(kind in read/write/any, count >= 0, SLVERR/DECERR)")
        h = self.hdl
        h.inj_count.value = count
        h.inj_addr.value = at
        h.inj_kind.value = kinds[kind]
        h.inj_resp.value = resp
        self._inj_arm = (self._inj_arm + 1) & 0xFFFFFFFF
        h.inj_arm.value = self._inj_arm

    def clear_errors(self) -> None:
        """No error window, no pending one-shot error."""
        self.hdl.err_hi.value = 0
        self.hdl.err_lo.value = 0
        self.inject_error("any", 0)

    def seed(self, value: int) -> None:
        """Reseed host_mem's random source (0: its SEED parameter)."""
        self.hdl.seed_val.value = value & ((1 << 64) - 1)
        self._seed_arm = (self._seed_arm + 1) & 0xFFFFFFFF
        self.hdl.seed_arm.value = self._seed_arm

    def off(self) -> None:
        """Every knob back to its default: minimum latency, no throttling, no errors."""
        self.read_latency(0)
        self.write_latency(0)
        self.backpressure()
        self.clear_errors()

    def stats(self) -> HostMemStats:
        h = self.hdl
        return HostMemStats(
            cycles=_int(h.cyc), rd_bursts=_int(h.rd_bursts), wr_bursts=_int(h.wr_bursts),
            rd_beats=_int(h.rd_beats), wr_beats=_int(h.wr_beats),
            err_bursts=_int(h.err_bursts), last_err_addr=_int(h.last_err_addr),
            last_err_resp=_int(h.last_err_resp), last_err_write=bool(_int(h.last_err_write)),
            viol_4k=_int(h.viol_4k), viol_wlast=_int(h.viol_wlast), inj_left=_int(h.inj_left),
        )

    def check_protocol(self) -> None:
        """Raise AssertionError if the master broke a rule host_mem checks (a burst across
        4 KiB, wlast off the last beat)."""
        s = self.stats()
        if s.viol_4k or s.viol_wlast:
            raise AssertionError(
                f"host memory saw AXI4 protocol violations: {s.viol_4k} burst(s) across a "
                f"4 KiB boundary, {s.viol_wlast} W beat(s) with a wrong wlast")
