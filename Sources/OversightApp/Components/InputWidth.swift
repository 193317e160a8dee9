import OversightDocuments
import OversightDomain

enum InputWidth: String { case full = "", w20 = "ov-input--width-20", w10 = "ov-input--width-10", w5 = "ov-input--width-5", w3 = "ov-input--width-3" }
